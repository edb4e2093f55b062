import { createSimulatedWord } from "../../src/sim";
import { codeOf, docOf } from "./helpers";

describe("Office.js proxy semantics", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
     these reads are wrong on purpose: the simulator must refuse them as Word does. */
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const sim = createSimulatedWord(docOf("Alpha", "Beta"));
    await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      p.load("text");
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(p.text).toBe("Alpha");
      expect(() => p.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  test("collections expose items only after load, in all three load forms", async () => {
    const sim = createSimulatedWord(docOf("One", "Two", "Three"));
    await sim.host.run(async (context) => {
      const a = context.document.body.paragraphs;
      expect(() => a.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      a.load("text,style");
      const b = context.document.body.paragraphs.load(["text"]);
      const c = context.document.body.paragraphs.load({ select: "text" });
      await context.sync();
      expect(a.items.map((p) => p.text)).toEqual(["One", "Two", "Three"]);
      expect(a.items[0]!.style).toBe("Normal");
      expect(b.items.map((p) => p.text)).toEqual(["One", "Two", "Three"]);
      expect(c.items.length).toBe(3);
    });
  });

  test("ClientResult.value throws before sync", async () => {
    const sim = createSimulatedWord(docOf("Text"));
    await sim.host.run(async (context) => {
      const r = context.document.body.getReviewedText("Current");
      expect(() => r.value).toThrow();
      await context.sync();
      expect(r.value).toBe("Text");
    });
  });

  test("getFirstOrNullObject gives a null object on an empty result; getFirst fails the batch", async () => {
    const sim = createSimulatedWord(docOf("nothing here"));
    await sim.host.run(async (context) => {
      const r = context.document.body.search("absent").getFirstOrNullObject();
      r.load("text");
      await context.sync();
      expect(r.isNullObject).toBe(true);
    });
    const code = await codeOf(
      sim.host.run(async (context) => {
        context.document.body.search("absent").getFirst().load("text");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  test("a failed batch applies nothing", async () => {
    const sim = createSimulatedWord(docOf("Keep this", "And this"));
    const before = sim.model();
    const code = await codeOf(
      sim.host.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.getFirst().insertText("CHANGED", "Replace");
        ps.getFirst().getRange("Whole").font.highlightColor = "Yellow";
        context.document.body.search("missing").getFirst().insertText("x", "Replace");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(sim.model()).toEqual(before);
    expect(sim.snapshot().paragraphs[0]!.runs.every((r) => r.highlightColor === null)).toBe(true);
  });

  test("with failedBatch 'partial' the operations before the failure stay, as in Word", async () => {
    const sim = createSimulatedWord(docOf("Keep this"), { failedBatch: "partial" });
    await codeOf(
      sim.host.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("Changed", "Replace");
        context.document.body.search("missing").getFirst().insertText("x", "Replace");
        await context.sync();
      }),
    );
    expect(sim.model().paragraphs[0]!.text).toBe("Changed");
  });

  test("sync calls are counted", async () => {
    const sim = createSimulatedWord(docOf("a", "b"));
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.load("text");
      await context.sync();
      await context.sync();
    });
    expect(sim.syncCount).toBe(2);
    sim.resetSyncCount();
    expect(sim.syncCount).toBe(0);
  });

  test("objects returned by methods reflect the document at their place in the queue", async () => {
    const sim = createSimulatedWord(docOf("cat"));
    await sim.host.run(async (context) => {
      const body = context.document.body;
      const before = body.search("cat");
      before.load("text");
      body.insertText("cat ", "Start");
      const after = body.search("cat");
      after.load("text");
      await context.sync();
      expect(before.items.length).toBe(1);
      expect(after.items.length).toBe(2);
    });
  });

  test("a range keeps pointing at its text when earlier text changes", async () => {
    const sim = createSimulatedWord(docOf("one two three"));
    await sim.host.run(async (context) => {
      const three = context.document.body.search("three").getFirst();
      await context.sync();
      context.document.body.paragraphs.getFirst().search("one").getFirst().insertText("ONE AND A HALF", "Replace");
      three.load("text");
      await context.sync();
      expect(three.text).toBe("three");
    });
  });
});
