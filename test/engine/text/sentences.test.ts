import fc from "fast-check";
import { splitClauses, splitSentences, spanIndexAt } from "../../../src/engine/text";
import { boundaryMark } from "../../../src/engine/text/sentences";

const slices = (t: string, f: (t: string) => { start: number; end: number }[]) => f(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at terminal punctuation before a new sentence", () => {
    expect(slices("The Vendor delivers. The Client pays! Done?", splitSentences)).toEqual([
      "The Vendor delivers.",
      "The Client pays!",
      "Done?",
    ]);
  });

  it("does not split after abbreviations or initials", () => {
    expect(slices("See Art. 5 and e.g. Sec. 3 by J. Smith today.", splitSentences)).toHaveLength(1);
  });

  it("splits at semicolons and bullet glyphs", () => {
    expect(slices("first item; second item \u25cf third item", splitSentences)).toEqual([
      "first item;",
      "second item",
      "\u25cf third item",
    ]);
  });

  it("reads each boundary's mark back from its white space where the boundary expression's match begins", () => {
    const BULLETS = "\u25cf\u25cb\u25a0\u2022\u25aa\u25e6\u2023\u2043\u25a1\u25ba";
    const boundary = new RegExp(`([.!?]+["')\\]]*|;|[${BULLETS}])(\\s+)`, "g");
    const unit = fc.constantFrom("a", "A", "7", " ", "  ", "\n", "\u00a0", ".", "!", "?", ";", '"', "'", ")", "]", "\u25cf", "\u2022", "(");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (t) => {
        boundary.lastIndex = 0;
        for (let m = boundary.exec(t); m; m = boundary.exec(t)) {
          expect(boundaryMark(t, m.index + m[0].length)).toEqual({ markAt: m.index, cut: m.index + (m[1] as string).length });
        }
      }),
      { numRuns: 4000 },
    );
  });

  it("produces sorted, trimmed, non-overlapping spans inside the text", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
    );
  });
});

describe("splitClauses", () => {
  it("cuts at colons and lettered enumerators", () => {
    expect(slices("The Supplier shall: (a) deliver the report (b) fix defects.", splitClauses)).toEqual([
      "The Supplier shall:",
      "(a) deliver the report",
      "(b) fix defects.",
    ]);
  });
});

describe("spanIndexAt", () => {
  it("finds the span that starts at or before an offset", () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 7, end: 10 },
    ];
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 8)).toBe(1);
    expect(spanIndexAt([], 3)).toBe(-1);
  });
});
