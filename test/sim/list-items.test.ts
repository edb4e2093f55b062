// Paragraph.listItem / listItemOrNullObject and Word.ListItem (WordApi 1.3) on the simulator.
import fc from "fast-check";
import type { DocModel } from "../../src/engine/model";
import { detectCapabilities, readDocument } from "../../src/office";
import { createSimulatedWord, type CapabilityLevel } from "../../src/sim";
import { listLevelOf } from "../../src/sim/objects";

/** Paragraphs as [text, listLabel?]. */
function listDoc(...paras: Array<[string, string?]>): DocModel {
  return {
    paragraphs: paras.map(([text, listLabel], index) => ({ index, text, style: "Normal", ...(listLabel !== undefined ? { listLabel } : {}) })),
    tables: [],
    revisions: [],
    comments: [],
  };
}

const contract = (): DocModel =>
  listDoc(["Statement of Work"], ["Services", "1."], ["Design", "1.1"], ["Build", "1.2"], ["Body text of clause 1."], ["Fees", "2."], ["Deposit", "2.1"], ["Late fees", "(a)"]);

describe("listItemOrNullObject through a navigation load path", () => {
  test("one sync loads list strings; paragraphs outside lists are null objects", async () => {
    const sim = createSimulatedWord(contract());
    const before = sim.syncCount;
    const rows = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text,isListItem,listItemOrNullObject/listString");
      await context.sync();
      return paragraphs.items.map((p) => (p.listItemOrNullObject.isNullObject ? null : p.listItemOrNullObject.listString));
    });
    expect(sim.syncCount - before).toBe(1);
    expect(rows).toEqual([null, "1.", "1.1", "1.2", null, "2.", "2.1", "(a)"]);
  });

  test("a select object loads the same paths", async () => {
    const sim = createSimulatedWord(contract());
    const rows = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ text: true, listItemOrNullObject: { listString: true, level: true } });
      await context.sync();
      return paragraphs.items.map((p) => {
        const li = p.listItemOrNullObject;
        return li.isNullObject ? p.text : `${li.listString}@${li.level}`;
      });
    });
    expect(rows).toEqual(["Statement of Work", "1.@0", "1.1@1", "1.2@1", "Body text of clause 1.", "2.@0", "2.1@1", "(a)@0"]);
  });

  test("expand loads every list item property", async () => {
    const sim = createSimulatedWord(contract());
    const item = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ select: "text", expand: "listItemOrNullObject" });
      await context.sync();
      const li = paragraphs.items[3]!.listItemOrNullObject;
      return { listString: li.listString, level: li.level, siblingIndex: li.siblingIndex };
    });
    expect(item).toEqual({ listString: "1.2", level: 1, siblingIndex: 1 });
  });

  test("a single paragraph's list item loads with its own load()", async () => {
    const sim = createSimulatedWord(contract());
    const item = await sim.host.run(async (context) => {
      const li = context.document.body.paragraphs.getLast().listItemOrNullObject;
      li.load("listString,level,siblingIndex");
      await context.sync();
      return [li.isNullObject, li.listString, li.level, li.siblingIndex];
    });
    expect(item).toEqual([false, "(a)", 0, 2]);
  });

  test("the list item of a null paragraph is a null object too", async () => {
    const sim = createSimulatedWord(contract());
    const isNull = await sim.host.run(async (context) => {
      const li = context.document.body.paragraphs.getLast().getNextOrNullObject().listItemOrNullObject;
      li.load("listString");
      await context.sync();
      return li.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("PropertyNotLoaded", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
     these reads are wrong on purpose: the simulator must refuse them as Word does. */
  test("listString and isNullObject throw before load + sync, and listString stays unread when not asked for", async () => {
    const sim = createSimulatedWord(contract());
    await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().getNext();
      expect(() => p.listItemOrNullObject.listString).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      p.listItemOrNullObject.load("level");
      expect(() => p.listItemOrNullObject.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => p.listItemOrNullObject.level).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(p.listItemOrNullObject.level).toBe(0);
      expect(() => p.listItemOrNullObject.listString).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("an unknown list item property fails the load with InvalidArgument", async () => {
    const sim = createSimulatedWord(contract());
    await expect(
      sim.host.run(async (context) => {
        context.document.body.paragraphs.load("listItemOrNullObject/numbering");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
});

describe("listItem (throwing variant)", () => {
  test("works on a list paragraph", async () => {
    const sim = createSimulatedWord(contract());
    const label = await sim.host.run(async (context) => {
      const li = context.document.body.paragraphs.getFirst().getNext().listItem;
      li.load("listString");
      await context.sync();
      return li.listString;
    });
    expect(label).toBe("1.");
  });

  test("fails the whole batch with ItemNotFound when used on a paragraph outside a list", async () => {
    const sim = createSimulatedWord(contract());
    await expect(
      sim.host.run(async (context) => {
        const first = context.document.body.paragraphs.getFirst();
        first.insertText("Draft ", "Start");
        // eslint-disable-next-line office-addins/no-navigational-load -- the list item itself is under test
        first.listItem.load("listString");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.model().paragraphs[0]!.text).toBe("Statement of Work");
  });

  test("as a load path on a collection with a non-list paragraph, it fails the batch", async () => {
    const sim = createSimulatedWord(contract());
    await expect(
      sim.host.run(async (context) => {
        context.document.body.paragraphs.load("text,listItem/listString");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("taking the proxy without using it does not fail the batch", async () => {
    const sim = createSimulatedWord(contract());
    const text = await sim.host.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- taking the proxy reads nothing
      void first.listItem;
      first.load("text");
      await context.sync();
      return first.text;
    });
    expect(text).toBe("Statement of Work");
  });
});

describe("level and siblingIndex", () => {
  test("level is the depth of the label's dotted number", () => {
    expect(["1.", "2", "2.1", "3.2.1", "3.2.1.", "(a)", "•", "Article 4.2", ""].map(listLevelOf)).toEqual([0, 0, 1, 2, 2, 0, 0, 1, 0]);
  });

  test("level of any dotted number (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 6 }), fc.constantFrom("", ".", ")", " "), fc.constantFrom("", "(", "Section "), (parts, suffix, prefix) => {
        expect(listLevelOf(`${prefix}${parts.join(".")}${suffix}`)).toBe(parts.length - 1);
      }),
    );
  });

  test("siblingIndex counts earlier items of the same level back to the parent, across body paragraphs", async () => {
    const sim = createSimulatedWord(contract());
    const rows = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("listItemOrNullObject/siblingIndex,listItemOrNullObject/level");
      await context.sync();
      return paragraphs.items.map((p) => (p.listItemOrNullObject.isNullObject ? null : p.listItemOrNullObject.siblingIndex));
    });
    // "2." follows "1." across a body paragraph; "(a)" is level 0 after "1." and "2.".
    expect(rows).toEqual([null, 0, 0, 1, null, 1, 0, 2]);
  });
});

describe("readDocument with default options", () => {
  test.each<CapabilityLevel>(["1.3", "1.6", "1.8"])("reads in exactly one sync and keeps list labels (WordApi %s)", async (level) => {
    const sim = createSimulatedWord(contract(), { capabilities: level });
    const caps = detectCapabilities(sim.host);
    const before = sim.syncCount;
    const doc = await readDocument(sim.host, caps);
    expect(sim.syncCount - before).toBe(1);
    expect(doc.paragraphs.map((p) => p.listLabel)).toEqual([undefined, "1.", "1.1", "1.2", undefined, "2.", "2.1", "(a)"]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(contract().paragraphs.map((p) => p.text));
  });
});
