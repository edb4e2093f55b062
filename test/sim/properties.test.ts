// Offset arithmetic of edits: random edit sequences against a plain-string reference.
import fc from "fast-check";
import { createSimulatedWord } from "../../src/sim";
import { docOf } from "./helpers";

const text = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "é", "1"), maxLength: 8 });
const edit = fc.record({ paragraph: fc.nat(2), a: fc.nat(40), b: fc.nat(40), text });

function clampEdit(len: number, e: { a: number; b: number }): [number, number] {
  const a = Math.min(e.a, len);
  const b = Math.min(Math.max(e.b, a), len);
  return [a, b];
}

describe("edit offsets (property)", () => {
  test("untracked edits keep model() text equal to a plain-string reference", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 3, maxLength: 3 }), fc.array(edit, { maxLength: 25 }), (initial, edits) => {
        const sim = createSimulatedWord(docOf(...initial));
        const reference = [...initial];
        for (const e of edits) {
          const [a, b] = clampEdit(reference[e.paragraph]!.length, e);
          sim.userEdit(e.paragraph, a, b, e.text);
          const old = reference[e.paragraph]!;
          reference[e.paragraph] = old.slice(0, a) + e.text + old.slice(b);
        }
        expect(sim.model().paragraphs.map((p) => p.text)).toEqual(reference);
        expect(sim.model().revisions).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("with tracking on, rejecting every change restores the original exactly and accepting gives the current text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 3, maxLength: 3 }), fc.array(edit, { maxLength: 15 }), fc.boolean(), async (initial, edits, sameAuthor) => {
        const sim = createSimulatedWord(docOf(...initial), { changeTrackingMode: "TrackAll" });
        edits.forEach((e, k) => {
          const markupLength = sim.snapshot().paragraphs[e.paragraph]!.text.length;
          const [a, b] = clampEdit(markupLength, e);
          sim.userEdit(e.paragraph, a, b, e.text, sameAuthor || k % 2 === 0 ? "You" : "Client");
        });
        const current = sim.model().paragraphs.map((p) => p.text);
        const original = sim.model().paragraphs.map((p) => p.originalText ?? p.text);
        expect(original).toEqual(initial);
        const reviewed = await sim.host.run(async (context) => {
          const cur = context.document.body.getReviewedText("Current");
          const orig = context.document.body.getReviewedText("Original");
          await context.sync();
          return [cur.value, orig.value];
        });
        expect(reviewed).toEqual([current.join("\r"), initial.join("\r")]);

        const accepted = createSimulatedWord(sim.model());
        await accepted.host.run(async (context) => {
          context.document.body.getTrackedChanges().acceptAll();
          await context.sync();
        });
        expect(accepted.model().paragraphs.map((p) => p.text)).toEqual(current);
        expect(accepted.model().revisions).toEqual([]);

        await sim.host.run(async (context) => {
          context.document.body.getTrackedChanges().rejectAll();
          await context.sync();
        });
        expect(sim.model().paragraphs.map((p) => p.text)).toEqual(initial);
        expect(sim.model().revisions).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  test("insertText through the API at Start, End and Replace matches string arithmetic", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.record({ where: fc.constantFrom("Start" as const, "End" as const, "Replace" as const), text }), { maxLength: 8 }), async (initial, ops) => {
        const sim = createSimulatedWord(docOf(initial));
        let reference = initial;
        await sim.host.run(async (context) => {
          const p = context.document.body.paragraphs.getFirst();
          for (const op of ops) p.insertText(op.text, op.where);
          await context.sync();
        });
        for (const op of ops) reference = op.where === "Start" ? op.text + reference : op.where === "End" ? reference + op.text : op.text;
        expect(sim.model().paragraphs[0]!.text).toBe(reference);
      }),
      { numRuns: 100 },
    );
  });
});

describe("live ranges (property)", () => {
  test("a range keeps covering its text while other text around it is edited", async () => {
    const word = fc.constantFrom("x", "y", "xy");
    const where = fc.constantFrom("Replace" as const, "Start" as const, "End" as const, "Before" as const, "After" as const);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 3 }),
        fc.array(fc.record({ paragraph: fc.nat(2), where, text: fc.string({ unit: fc.constantFrom("y", " ", "\n"), maxLength: 3 }), tracked: fc.boolean() }), { maxLength: 10 }),
        async (words, ops) => {
          const texts = words.map((w) => w.join(" "));
          texts[0] = `${texts[0]} TOKEN ${texts[0]}`;
          const sim = createSimulatedWord(docOf(...texts));
          await sim.host.run(async (context) => {
            const token = context.document.body.search("TOKEN", { matchCase: true }).getFirst();
            await context.sync();
            for (const op of ops) {
              context.document.changeTrackingMode = op.tracked ? "TrackAll" : "Off";
              const paragraphs = context.document.body.paragraphs;
              const p = op.paragraph === 0 ? paragraphs.getFirst() : paragraphs.getLast();
              const x = p.search("x", { matchCase: true }).getFirstOrNullObject();
              x.insertText(op.text, op.where);
              token.load("text");
              // One sync per operation on purpose: each step must leave the range right.
              // eslint-disable-next-line office-addins/no-context-sync-in-loop
              await context.sync();
              expect(token.text).toBe("TOKEN");
            }
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
