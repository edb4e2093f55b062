import type { DocModel } from "../../src/engine/model";
import { createSimulatedWord } from "../../src/sim";
import { codeOf, docOf } from "./helpers";

const FIXED = () => new Date("2026-01-02T03:04:05.000Z");

describe("tracked changes", () => {
  test("insertText Replace under TrackAll makes a deletion and an insertion by the user", async () => {
    const sim = createSimulatedWord(docOf("Payment within a reasonable time."), { changeTrackingMode: "TrackAll", userName: "Vendor", now: FIXED });
    await sim.host.run(async (context) => {
      context.document.body.search("a reasonable time").getFirst().insertText("10 business days", "Replace");
      await context.sync();
      const changes = context.document.body.getTrackedChanges().load("type,author,text,date");
      const paragraph = context.document.body.paragraphs.getFirst().load("text");
      const current = context.document.body.getReviewedText("Current");
      const original = context.document.body.getReviewedText("Original");
      await context.sync();
      expect(changes.items.map((c) => [c.type, c.author, c.text])).toEqual([
        ["Deleted", "Vendor", "a reasonable time"],
        ["Added", "Vendor", "10 business days"],
      ]);
      expect(changes.items[0]!.date.toISOString()).toBe("2026-01-02T03:04:05.000Z");
      // Word's markup view: the deleted text is still in paragraph.text.
      expect(paragraph.text).toBe("Payment within a reasonable time10 business days.");
      expect(current.value).toBe("Payment within 10 business days.");
      expect(original.value).toBe("Payment within a reasonable time.");
    });
    const model = sim.model();
    expect(model.paragraphs[0]!.text).toBe("Payment within 10 business days.");
    expect(model.paragraphs[0]!.originalText).toBe("Payment within a reasonable time.");
    expect(model.revisions.map((r) => [r.type, r.text, r.start, r.end, r.originalStart, r.originalEnd])).toEqual([
      ["deletion", "a reasonable time", 15, 15, 15, 32],
      ["insertion", "10 business days", 15, 31, 32, 32],
    ]);
  });

  test("accepting and rejecting update text and revisions", async () => {
    const sim = createSimulatedWord(docOf("Fee is 100."), { changeTrackingMode: "TrackAll" });
    await sim.host.run(async (context) => {
      context.document.body.search("100").getFirst().insertText("200", "Replace");
      await context.sync();
      const changes = context.document.body.getTrackedChanges().load("type");
      await context.sync();
      changes.items.find((c) => c.type === "Added")!.reject();
      changes.items.find((c) => c.type === "Deleted")!.reject();
      await context.sync();
    });
    expect(sim.model().paragraphs[0]).toEqual({ index: 0, text: "Fee is 100.", style: "Normal" });
    expect(sim.model().revisions).toEqual([]);
    await sim.host.run(async (context) => {
      context.document.body.search("100").getFirst().insertText("300", "Replace");
      await context.sync();
      context.document.body.getTrackedChanges().acceptAll();
      await context.sync();
    });
    expect(sim.model().paragraphs[0]!.text).toBe("Fee is 300.");
    expect(sim.model().revisions).toEqual([]);
  });

  test("deleting one's own tracked insertion removes it outright", async () => {
    const sim = createSimulatedWord(docOf("abc"), { changeTrackingMode: "TrackAll" });
    await sim.host.run(async (context) => {
      const r = context.document.body.paragraphs.getFirst().insertText("XYZ", "End");
      await context.sync();
      r.insertText("Q", "Replace");
      await context.sync();
    });
    expect(sim.model().paragraphs[0]!.text).toBe("abcQ");
    expect(sim.model().revisions.map((r) => r.type)).toEqual(["insertion"]);
  });

  test("under Off edits change the text directly", async () => {
    const sim = createSimulatedWord(docOf("Fee is 100."));
    await sim.host.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      expect(context.document.changeTrackingMode).toBe("Off");
      context.document.body.search("100").getFirst().insertText("200", "Replace");
      await context.sync();
    });
    expect(sim.model().paragraphs[0]!.text).toBe("Fee is 200.");
    expect(sim.model().revisions).toEqual([]);
  });

  test("client redlines from the DocModel appear as tracked changes by their author", async () => {
    const doc: DocModel = {
      paragraphs: [{ index: 0, text: "Acceptance within 30 days.", style: "Normal", originalText: "Acceptance within 10 days." }],
      tables: [],
      comments: [],
      revisions: [
        { id: "d1", type: "deletion", author: "Client", date: "2026-01-01T00:00:00Z", paragraph: 0, start: 18, end: 18, originalStart: 18, originalEnd: 20, text: "10" },
        { id: "i1", type: "insertion", author: "Client", date: "2026-01-01T00:00:00Z", paragraph: 0, start: 18, end: 20, originalStart: 20, originalEnd: 20, text: "30" },
      ],
    };
    const sim = createSimulatedWord(doc);
    await sim.host.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load("type,author,text");
      await context.sync();
      expect(changes.items.map((c) => [c.type, c.author, c.text])).toEqual([["Deleted", "Client", "10"], ["Added", "Client", "30"]]);
    });
    const round = sim.model();
    expect(round.paragraphs[0]!.text).toBe("Acceptance within 30 days.");
    expect(round.paragraphs[0]!.originalText).toBe("Acceptance within 10 days.");
    expect(round.revisions.map((r) => [r.id, r.type, r.start, r.end, r.originalStart, r.originalEnd])).toEqual([
      ["d1", "deletion", 18, 18, 18, 20],
      ["i1", "insertion", 18, 20, 20, 20],
    ]);
  });

  test("a tracked inserted paragraph disappears when rejected", async () => {
    const sim = createSimulatedWord(docOf("First", "Last"), { changeTrackingMode: "TrackAll" });
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("Inserted clause", "After");
      await context.sync();
    });
    expect(sim.model().paragraphs.map((p) => p.text)).toEqual(["First", "Inserted clause", "Last"]);
    await sim.host.run(async (context) => {
      context.document.body.getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(sim.model().paragraphs.map((p) => p.text)).toEqual(["First", "Last"]);
  });
});

describe("highlight colour", () => {
  test("each range remembers its own colour and Word reports it as hex", async () => {
    const sim = createSimulatedWord(docOf("red green plain"));
    await sim.host.run(async (context) => {
      context.document.body.search("red").getFirst().font.highlightColor = "Red";
      context.document.body.search("green").getFirst().font.highlightColor = "#00ff00";
      await context.sync();
      const red = context.document.body.search("red").getFirst().font.load("highlightColor");
      const green = context.document.body.search("green").getFirst().font.load("highlightColor");
      const plain = context.document.body.search("plain").getFirst().font.load("highlightColor");
      const mixed = context.document.body.paragraphs.getFirst().font.load("highlightColor");
      await context.sync();
      expect([red.highlightColor, green.highlightColor, plain.highlightColor, mixed.highlightColor]).toEqual(["#FF0000", "#00FF00", null, ""]);
      // Word removes a highlight when null is written (its typings say string).
      context.document.body.search("red").getFirst().font.highlightColor = null as unknown as string;
      await context.sync();
    });
    expect(sim.snapshot().paragraphs[0]!.runs.map((r) => r.highlightColor)).toEqual([null, "#00FF00", null]);
  });

  test("under TrackAll a colour change is a Formatted tracked change; rejecting restores the colour", async () => {
    const sim = createSimulatedWord(docOf("mark me"), { changeTrackingMode: "TrackAll" });
    await sim.host.run(async (context) => {
      context.document.body.search("mark").getFirst().font.highlightColor = "Yellow";
      await context.sync();
      const changes = context.document.body.getTrackedChanges().load("type");
      await context.sync();
      expect(changes.items.map((c) => c.type)).toEqual(["Formatted"]);
      changes.items[0]!.reject();
      await context.sync();
    });
    expect(sim.snapshot().paragraphs[0]!.runs.map((r) => r.highlightColor)).toEqual([null]);
    expect(sim.model().revisions).toEqual([]);
  });

  test("Range.highlight() is temporary: it leaves the document model unchanged", async () => {
    const sim = createSimulatedWord(docOf("vague words"));
    const before = sim.model();
    await sim.host.run(async (context) => {
      context.document.body.search("vague").getFirst().highlight();
      await context.sync();
    });
    expect(sim.snapshot().paragraphs[0]!.runs[0]).toMatchObject({ text: "vague", temporaryHighlight: true, highlightColor: null });
    expect(sim.model()).toEqual(before);
  });
});

describe("protected documents", () => {
  test("every write fails with AccessDenied and the document is unchanged", async () => {
    const sim = createSimulatedWord(docOf("Locked text"), { protected: true });
    const before = sim.model();
    const writes: Array<(c: Word.RequestContext) => void> = [
      (c) => void c.document.body.paragraphs.getFirst().insertText("x", "End"),
      (c) => {
        c.document.body.paragraphs.getFirst().font.highlightColor = "Yellow";
      },
      (c) => void c.document.body.getRange("Whole").insertComment("note"),
      (c) => {
        c.document.changeTrackingMode = "TrackAll";
      },
      (c) => void c.document.body.paragraphs.getFirst().insertContentControl(),
    ];
    const codes = await Promise.all(
      writes.map((write) =>
        codeOf(
          sim.host.run(async (context) => {
            write(context);
            await context.sync();
          }),
        ),
      ),
    );
    expect(codes).toEqual(writes.map(() => "AccessDenied"));
    expect(sim.model()).toEqual(before);
    // Reading and temporary marks still work.
    await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().load("text");
      p.getRange("Whole").highlight();
      await context.sync();
      expect(p.text).toBe("Locked text");
    });
  });
});

describe("capability levels", () => {
  test("APIs outside the level throw ApiNotFound at call time; isSetSupported matches", async () => {
    const sim = createSimulatedWord(docOf("text"), { capabilities: "1.3" });
    expect(sim.host.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(sim.host.isSetSupported("WordApi", "1.4")).toBe(false);
    await sim.host.run(async (context) => {
      const body = context.document.body;
      expect(() => body.getTrackedChanges()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => body.getComments()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => body.getRange("Whole").highlight()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => body.paragraphs.getFirst().insertAnnotations({ critiques: [] })).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => context.document.onParagraphChanged.add(async () => undefined)).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => {
        context.document.changeTrackingMode = "TrackAll";
      }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    const code = await codeOf(
      sim.host.run(async (context) => {
        context.document.body.paragraphs.load("uniqueLocalId");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  test("1.6 has tracked changes but no annotations or temporary highlight", async () => {
    const sim = createSimulatedWord(docOf("text"), { capabilities: "1.6" });
    expect(sim.host.isSetSupported("WordApi", "1.6")).toBe(true);
    expect(sim.host.isSetSupported("WordApi", "1.7")).toBe(false);
    await sim.host.run(async (context) => {
      const tc = context.document.body.getTrackedChanges().load("type");
      expect(() => context.document.body.getRange("Whole").highlight()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      await context.sync();
      expect(tc.items).toEqual([]);
    });
  });
});

describe("host quirks", () => {
  test("deletedChangeTextEmpty reproduces Word on Mac: deleted changes report no text", async () => {
    const sim = createSimulatedWord(docOf("net 30 days"), { changeTrackingMode: "TrackAll", quirks: { deletedChangeTextEmpty: true } });
    await sim.host.run(async (context) => {
      context.document.body.search("30").getFirst().insertText("45", "Replace");
      await context.sync();
      const changes = context.document.body.getTrackedChanges().load("type,text");
      await context.sync();
      expect(changes.items.map((c) => [c.type, c.text])).toEqual([["Deleted", ""], ["Added", "45"]]);
    });
  });
});

describe("isSetSupported", () => {
  test("compares versions numerically, minor by minor", () => {
    const sim = createSimulatedWord(docOf("x"), { capabilities: "1.8" });
    expect(["1.1", "1.3", "1.7", "1.8", "1.9", "1.10", "2.0"].map((v) => sim.host.isSetSupported("WordApi", v))).toEqual([true, true, true, true, false, false, false]);
    expect(sim.host.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });
});
