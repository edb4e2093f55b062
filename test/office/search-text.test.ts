import fc from "fast-check";
import { alignInto, escapeForWordSearch, escapedLength, foldQuotes, matchStarts, planSearch, rawSpan, searchablePrefix, searchableSuffix } from "../../src/office/search-text";

describe("escapeForWordSearch", () => {
  test.each([
    ["a^b", "a^^b"],
    ["tab\there", "tab^there"],
    ["line\u000bbreak", "line^lbreak"],
    ["no\u00a0break", "no^sbreak"],
    ["what? * \"x\"", "what? * \"x\""],
  ])("%j -> %j", (input, output) => expect(escapeForWordSearch(input)).toBe(output));
});

describe("matchStarts", () => {
  test("non-overlapping, left to right, as Word Find scans", () => {
    expect(matchStarts("aaaa", "aa")).toEqual([0, 2]);
    expect(matchStarts("reasonable, reasonable", "reasonable")).toEqual([0, 12]);
  });
  test("straight and typographic quotes match each other unless exact", () => {
    expect(matchStarts("\u201cx\u201d and \"x\"", "\"x\"")).toEqual([0, 8]);
    expect(matchStarts("\u201cx\u201d and \"x\"", "\"x\"", "exact")).toEqual([8]);
  });
  test("folding keeps offsets", () => {
    fc.assert(fc.property(fc.string(), (s) => foldQuotes(s).length === s.length));
  });
});

describe("searchable prefix and suffix", () => {
  test("fit Word's limit once escaped and are parts of the literal", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "^", "\t", " ", "b"), minLength: 0, maxLength: 600 }), (s) => {
        const p = searchablePrefix(s);
        const q = searchableSuffix(s);
        expect(escapedLength(p)).toBeLessThanOrEqual(255);
        expect(escapedLength(q)).toBeLessThanOrEqual(255);
        expect(s.startsWith(p)).toBe(true);
        expect(s.endsWith(q)).toBe(true);
        if (escapedLength(s) <= 255) expect(planSearch(s)).toEqual({ kind: "whole", term: s });
        else expect(planSearch(s).kind).toBe("ends");
      }),
    );
  });
});

describe("alignInto / rawSpan", () => {
  test("a current text with deletions spliced in maps back onto its own characters", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 4 }))), (pieces) => {
        // Kept text interleaved with "deleted" text made of characters the kept text never uses.
        const kept = pieces.map(([k]) => k.replace(/#/g, ""));
        const deleted = pieces.map(([, d]) => "#".repeat(d.length));
        const current = kept.join("");
        const raw = kept.map((k, i) => deleted[i] + k).join("");
        const map = alignInto(current, raw);
        expect(map).not.toBeNull();
        for (let i = 0; i < current.length; i++) expect(raw[map![i]!]).toBe(current[i]);
        if (current.length > 0) {
          const span = rawSpan(map!, 0, current.length);
          expect(raw.slice(span.start, span.end).replace(/#/g, "")).toBe(current);
        }
      }),
    );
  });
  test("null when the raw text lacks a character", () => {
    expect(alignInto("abc", "ab")).toBeNull();
  });
});
