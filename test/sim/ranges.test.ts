import { createSimulatedWord } from "../../src/sim";
import { docOf } from "./helpers";

describe("ranges", () => {
  test("getRange locations, expandTo and select", async () => {
    const sim = createSimulatedWord(docOf("alpha beta", "gamma"));
    await sim.host.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const whole = first.getRange("Whole").load("text");
      const start = first.getRange("Start").load("text,isEmpty");
      const after = first.getRange("After");
      const beta = first.search("beta").getFirst();
      const span = first.search("alpha").getFirst().expandTo(beta).load("text");
      const across = beta.expandTo(context.document.body.paragraphs.getLast().getRange("End")).load("text");
      after.select();
      await context.sync();
      expect(whole.text).toBe("alpha beta");
      expect([start.text, start.isEmpty]).toEqual(["", true]);
      expect(span.text).toBe("alpha beta");
      expect(across.text).toBe("beta\rgamma");
    });
    expect(sim.snapshot().selection).toEqual({ paragraph: 1, start: 0, endParagraph: 1, end: 0 });
  });

  test("insertText Before/After leaves the range on its own text; Start/End grow it", async () => {
    const sim = createSimulatedWord(docOf("fee"));
    await sim.host.run(async (context) => {
      const r = context.document.body.search("fee").getFirst();
      r.insertText("[", "Before");
      r.insertText("]", "After");
      r.load("text");
      await context.sync();
      expect(r.text).toBe("fee");
      r.insertText("the ", "Start");
      r.insertText(" due", "End");
      r.load("text");
      await context.sync();
      expect(r.text).toBe("the fee due");
    });
    expect(sim.model().paragraphs[0]!.text).toBe("[the fee due]");
  });

  test("replacing across paragraphs merges them; under tracking rejecting restores them", async () => {
    const plain = createSimulatedWord(docOf("one two", "three", "four five"));
    await plain.host.run(async (context) => {
      const from = context.document.body.search("two").getFirst();
      const to = context.document.body.search("four").getFirst();
      from.expandTo(to).insertText("2-4", "Replace");
      await context.sync();
    });
    expect(plain.model().paragraphs.map((p) => p.text)).toEqual(["one 2-4 five"]);

    const tracked = createSimulatedWord(docOf("one two", "three", "four five"), { changeTrackingMode: "TrackAll" });
    await tracked.host.run(async (context) => {
      const from = context.document.body.search("two").getFirst();
      const to = context.document.body.search("four").getFirst();
      from.expandTo(to).insertText("2-4", "Replace");
      await context.sync();
      const current = context.document.body.getReviewedText("Current");
      await context.sync();
      expect(current.value).toBe("one 2-4\r\r five");
      context.document.body.getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(tracked.model().paragraphs.map((p) => p.text)).toEqual(["one two", "three", "four five"]);
  });

  test("a paragraph break in inserted text splits the paragraph", async () => {
    const sim = createSimulatedWord(docOf("head tail"));
    await sim.host.run(async (context) => {
      context.document.body.search(" ").getFirst().insertText("\n", "Replace");
      await context.sync();
    });
    expect(sim.model().paragraphs.map((p) => p.text)).toEqual(["head", "tail"]);
  });

  test("deleting a content control keeps or removes its content", async () => {
    const sim = createSimulatedWord(docOf("keep me", "drop me"));
    await sim.host.run(async (context) => {
      const ps = context.document.body.paragraphs;
      const a = ps.getFirst().insertContentControl();
      a.tag = "a";
      const b = ps.getLast().insertContentControl();
      b.tag = "b";
      await context.sync();
      a.delete(true);
      b.delete(false);
      await context.sync();
      const left = context.document.body.contentControls.load("tag");
      await context.sync();
      expect(left.items).toEqual([]);
    });
    expect(sim.model().paragraphs.map((p) => p.text)).toEqual(["keep me", ""]);
  });
});
