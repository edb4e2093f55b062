import { createSimulatedWord } from "../../src/sim";
import { codeOf, docOf } from "./helpers";

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

const POPUP = { brandingTextResourceId: "Critique.Branding", titleResourceId: "Critique.Title", subtitleResourceId: "Critique.Subtitle" };

describe("annotations", () => {
  test("critiques are placed by offset and read back with their suggestions", async () => {
    const sim = createSimulatedWord(docOf("Acceptance at the Client's sole discretion."));
    const ids = await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const result = p.insertAnnotations({
        critiques: [{ start: 18, length: 24, colorScheme: "Red", popupOptions: { ...POPUP, suggestions: ["within 5 business days", "on signed acceptance"] } }],
      });
      await context.sync();
      const list = p.getAnnotations().load("id,state");
      const critique = list.getFirst().critiqueAnnotation.load("critique");
      const range = list.getFirst().critiqueAnnotation.range.load("text");
      await context.sync();
      expect(list.items.map((a) => a.state)).toEqual(["Created"]);
      expect(critique.critique.popupOptions?.suggestions).toEqual(["within 5 business days", "on signed acceptance"]);
      expect(range.text).toBe("Client's sole discretion");
      return result.value;
    });
    expect(ids).toHaveLength(1);
    expect(sim.snapshot().annotations[0]).toMatchObject({ id: ids[0], paragraph: 0, start: 18, end: 42, colorScheme: "Red", titleResourceId: "Critique.Title" });
    // Annotations are not part of the document content.
    expect(sim.model().paragraphs[0]!.text).toBe("Acceptance at the Client's sole discretion.");
  });

  test("offsets outside the paragraph, more than 3 suggestions or a bad colour fail the whole batch", async () => {
    const sim = createSimulatedWord(docOf("short"));
    const attempt = (critique: Word.Critique): Promise<string> =>
      codeOf(
        sim.host.run(async (context) => {
          const p = context.document.body.paragraphs.getFirst();
          p.insertAnnotations({ critiques: [{ start: 0, length: 1, colorScheme: "Blue" }, critique] });
          await context.sync();
        }),
      );
    expect(await attempt({ start: 3, length: 3, colorScheme: "Red" })).toBe("InvalidArgument");
    expect(await attempt({ start: -1, length: 2, colorScheme: "Red" })).toBe("InvalidArgument");
    expect(await attempt({ start: 0, length: 0, colorScheme: "Red" })).toBe("InvalidArgument");
    expect(await attempt({ start: 0, length: 2, colorScheme: "Red", popupOptions: { ...POPUP, suggestions: ["a", "b", "c", "d"] } })).toBe("InvalidArgument");
    expect(await attempt({ start: 0, length: 2, colorScheme: "Orange" as Word.Critique["colorScheme"] })).toBe("InvalidArgument");
    expect(await attempt({ start: 0, length: 5, colorScheme: "Red" })).toBe("no error");
    expect(sim.snapshot().annotations).toHaveLength(2);
  });

  test("the perpetual-licence level reports the set but fails at run time", async () => {
    const sim = createSimulatedWord(docOf("text"), { capabilities: "1.8-annotations-broken" });
    expect(sim.host.isSetSupported("WordApi", "1.8")).toBe(true);
    const code = await codeOf(
      sim.host.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 0, length: 2, colorScheme: "Red" }] });
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(sim.snapshot().annotations).toEqual([]);
  });

  test("choosing a suggestion in the pop-up replaces the text and fires onAnnotationPopupAction", async () => {
    const sim = createSimulatedWord(docOf("Pay promptly."));
    const events: Word.AnnotationPopupActionEventArgs[] = [];
    const [id] = await sim.host.run(async (context) => {
      context.document.onAnnotationPopupAction.add(async (args) => {
        events.push(args);
      });
      const r = context.document.body.paragraphs.getFirst().insertAnnotations({
        critiques: [{ start: 4, length: 8, colorScheme: "Red", popupOptions: { ...POPUP, suggestions: ["within 30 days"] } }],
      });
      await context.sync();
      return r.value;
    });
    sim.triggerAnnotationPopupAction(id!, 0);
    await tick();
    expect(events).toEqual([{ id, action: "Accept", critiqueSuggestion: "within 30 days" }]);
    expect(sim.model().paragraphs[0]!.text).toBe("Pay within 30 days.");
    expect(sim.snapshot().annotations[0]!.state).toBe("Accepted");
  });

  test("dismissing a critique fires Reject and leaves the text; clicks fire onAnnotationClicked", async () => {
    const sim = createSimulatedWord(docOf("Pay promptly."));
    const popups: Word.AnnotationPopupActionEventArgs[] = [];
    const clicks: string[] = [];
    const [id] = await sim.host.run(async (context) => {
      context.document.onAnnotationPopupAction.add(async (args) => {
        popups.push(args);
      });
      context.document.onAnnotationClicked.add(async (args) => {
        clicks.push(args.id);
      });
      const r = context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 4, length: 8, colorScheme: "Red" }] });
      await context.sync();
      return r.value;
    });
    sim.clickAnnotation(id!);
    sim.triggerAnnotationPopupAction(id!, 0);
    await tick();
    expect(clicks).toEqual([id]);
    expect(popups).toEqual([{ id, action: "Reject", critiqueSuggestion: "" }]);
    expect(sim.model().paragraphs[0]!.text).toBe("Pay promptly.");
    expect(sim.snapshot().annotations[0]!.state).toBe("Rejected");
  });

  test("deleting annotations by id removes their marks", async () => {
    const sim = createSimulatedWord(docOf("one two"));
    await sim.host.run(async (context) => {
      const r = context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 0, length: 3, colorScheme: "Blue" }] });
      await context.sync();
      context.document.getAnnotationById(r.value[0]!).delete();
      await context.sync();
    });
    expect(sim.snapshot().annotations).toEqual([]);
    expect(sim.snapshot().paragraphs[0]!.runs.every((r) => r.annotationIds.length === 0)).toBe(true);
  });
});

describe("events", () => {
  test("onParagraphChanged reports the changed paragraphs, for the add-in's edits and the user's", async () => {
    const sim = createSimulatedWord(docOf("first", "second"));
    const seen: string[][] = [];
    const ids = await sim.host.run(async (context) => {
      context.document.onParagraphChanged.add(async (args) => {
        seen.push(args.uniqueLocalIds);
      });
      const ps = context.document.body.paragraphs.load("uniqueLocalId");
      await context.sync();
      return ps.items.map((p) => p.uniqueLocalId);
    });
    sim.userEdit(1, 0, 6, "2nd");
    await tick();
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("!", "End");
      await context.sync();
    });
    await tick();
    expect(seen).toEqual([[ids[1]], [ids[0]]]);
    expect(sim.model().paragraphs.map((p) => p.text)).toEqual(["first!", "2nd"]);
  });

  test("a user edit under tracking becomes a tracked change by the given author", () => {
    const sim = createSimulatedWord(docOf("net 30"), { changeTrackingMode: "TrackAll" });
    sim.userEdit(0, 4, 6, "60", "Client");
    const m = sim.model();
    expect(m.paragraphs[0]!.text).toBe("net 60");
    expect(m.paragraphs[0]!.originalText).toBe("net 30");
    expect(m.revisions.map((r) => [r.type, r.author])).toEqual([["deletion", "Client"], ["insertion", "Client"]]);
  });

  test("subscribers hear about applied syncs that changed something, and not about reads", async () => {
    const sim = createSimulatedWord(docOf("text"));
    let calls = 0;
    const unsubscribe = sim.subscribe(() => (calls += 1));
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.load("text");
      await context.sync();
      context.document.body.getRange("Whole").select();
      await context.sync();
    });
    expect(calls).toBe(1);
    expect(sim.snapshot().selection).toEqual({ paragraph: 0, start: 0, endParagraph: 0, end: 4 });
    unsubscribe();
    sim.userSelect(0, 1, 2);
    expect(calls).toBe(1);
  });
});

describe("content controls, comments, settings, tables", () => {
  test("inserted clauses can be wrapped in a tagged content control and found again", async () => {
    const sim = createSimulatedWord(docOf("Intro", "End"), { changeTrackingMode: "TrackAll" });
    await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().insertParagraph("Deemed acceptance after 5 days.", "After");
      const cc = p.insertContentControl();
      cc.tag = "gatecheck:template:deemed-acceptance";
      cc.title = "Deemed acceptance";
      await context.sync();
      const found = context.document.body.contentControls.getByTag("gatecheck:template:deemed-acceptance").load("text,tag,title");
      await context.sync();
      expect(found.items.map((c) => [c.text, c.title])).toEqual([["Deemed acceptance after 5 days.", "Deemed acceptance"]]);
      found.items[0]!.insertText("Deemed acceptance after 10 days.", "Replace");
      await context.sync();
      const again = context.document.body.contentControls.getByTag("gatecheck:template:deemed-acceptance").getFirst().load("text");
      await context.sync();
      expect(again.text).toContain("Deemed acceptance after 10 days.");
    });
    expect(sim.model().paragraphs[1]!.text).toBe("Deemed acceptance after 10 days.");
    expect(sim.snapshot().contentControls).toMatchObject([{ tag: "gatecheck:template:deemed-acceptance", paragraph: 1 }]);
  });

  test("comments are inserted, listed and deleted", async () => {
    const sim = createSimulatedWord(docOf("Payment on acceptance."), { userName: "Vendor" });
    await sim.host.run(async (context) => {
      context.document.body.search("acceptance").getFirst().insertComment("Define acceptance.");
      await context.sync();
      const comments = context.document.body.getComments().load("content,authorName,resolved");
      await context.sync();
      expect(comments.items.map((c) => [c.content, c.authorName, c.resolved])).toEqual([["Define acceptance.", "Vendor", false]]);
      expect(sim.model().comments).toMatchObject([{ text: "Define acceptance.", paragraph: 0, start: 11, end: 21 }]);
      comments.items[0]!.delete();
      await context.sync();
    });
    expect(sim.model().comments).toEqual([]);
  });

  test("settings: a missing item is a null object, and delete() on it does nothing", async () => {
    const sim = createSimulatedWord(docOf("x"));
    await sim.host.run(async (context) => {
      const missing = context.document.settings.getItemOrNullObject("gatecheck");
      missing.load("value");
      missing.delete();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.document.settings.add("gatecheck", { v: 1 });
      await context.sync();
      const item = context.document.settings.getItem("gatecheck").load("value");
      await context.sync();
      expect(item.value).toEqual({ v: 1 });
    });
  });

  test("tables expose values and cells; body.paragraphs includes cell paragraphs", async () => {
    const sim = createSimulatedWord({
      paragraphs: [
        { index: 0, text: "Schedule", style: "Heading 1", headingLevel: 1 },
        { index: 1, text: "Milestone", table: { table: 0, row: 0, cell: 0, nesting: 1 } },
        { index: 2, text: "Fee", table: { table: 0, row: 0, cell: 1, nesting: 1 } },
        { index: 3, text: "M1", table: { table: 0, row: 1, cell: 0, nesting: 1 } },
        { index: 4, text: "20%", table: { table: 0, row: 1, cell: 1, nesting: 1 } },
      ],
      tables: [{ index: 0, nesting: 1, rows: [[{ text: "Milestone", paragraphs: [1] }, { text: "Fee", paragraphs: [2] }], [{ text: "M1", paragraphs: [3] }, { text: "20%", paragraphs: [4] }]] }],
      revisions: [],
      comments: [],
    });
    await sim.host.run(async (context) => {
      const tables = context.document.body.tables.load("values,rowCount");
      const ps = context.document.body.paragraphs.load("text,styleBuiltIn,tableNestingLevel");
      const cell = context.document.body.tables.getFirst().getCell(1, 1).load("value");
      await context.sync();
      expect(tables.items[0]!.values).toEqual([["Milestone", "Fee"], ["M1", "20%"]]);
      expect(tables.items[0]!.rowCount).toBe(2);
      expect(cell.value).toBe("20%");
      expect(ps.items.map((p) => [p.styleBuiltIn, p.tableNestingLevel])).toEqual([["Heading1", 0], ["Normal", 1], ["Normal", 1], ["Normal", 1], ["Normal", 1]]);
    });
    expect(sim.model().tables[0]!.rows[1]![1]).toEqual({ text: "20%", paragraphs: [4] });
  });

  test("$top limits a collection load", async () => {
    const sim = createSimulatedWord(docOf("a", "b", "c", "d"));
    await sim.host.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load({ text: true, $top: 2 });
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(["a", "b"]);
    });
  });
});
