import fc from "fast-check";
import { alignToParagraphs, paragraphsOfView, splitByParagraph } from "../../src/office/reviewed-text";
import { diffParagraph, segmentsFromMarkup, type WordTrackedChange } from "../../src/office/revisions";
import { layoutTables } from "../../src/office/tables";
import { OfficeActionError, toActionError } from "../../src/office";

describe("cutting a reviewed body text into paragraphs", () => {
  test("by lines when the counts agree", () => {
    expect(splitByParagraph("a\rb\r", 2)).toEqual(["a", "b"]);
    expect(splitByParagraph("a\rb\rc", 2)).toBeNull();
  });
  test("by alignment with the markup texts when a table joins cells differently", () => {
    const raw = ["Intro old new", "Cell 1", "Cell 2", "End"];
    expect(alignToParagraphs("Intro new\rCell 1\tCell 2\r\u0007End", raw)).toEqual(["Intro new", "Cell 1", "Cell 2", "End"]);
    expect(paragraphsOfView("Intro old\rCell 1\tCell 2\rEnd", raw)).toEqual(["Intro old", "Cell 1", "Cell 2", "End"]);
  });
  test("null when the body text has characters no paragraph holds", () => {
    expect(alignToParagraphs("xyz", ["a"])).toBeNull();
  });
});

/** Applies segments to the original, giving the current text. */
function replay(original: string, segments: ReturnType<typeof diffParagraph>): string {
  let out = "";
  let o = 0;
  for (const s of segments) {
    out += original.slice(o, s.originalStart);
    if (s.type === "deletion") o = s.originalEnd;
    else {
      out += s.text;
      o = s.originalStart;
    }
  }
  return out + original.slice(o);
}

describe("diffParagraph", () => {
  test("joins a replacement split by whitespace into one deletion and one insertion", () => {
    const segs = diffParagraph(3, "within 5 business days of delivery", "within 30 days of delivery");
    expect(segs.map((s) => [s.type, s.text])).toEqual([["deletion", "5 business "], ["insertion", "30 "]]);
  });
  test("segments always replay the original into the current text, with exact offsets", () => {
    const words = fc.constantFrom("the", "client", "shall", "accept", " ", "5", "30", "days", ",");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), fc.array(words, { maxLength: 20 }), (a, b) => {
        const original = a.join("");
        const current = b.join("");
        const segs = diffParagraph(0, original, current);
        expect(replay(original, segs)).toBe(current);
        for (const s of segs) {
          if (s.type === "insertion") expect(current.slice(s.start, s.end)).toBe(s.text);
          else expect(original.slice(s.originalStart, s.originalEnd)).toBe(s.text);
        }
      }),
    );
  });
});

describe("segmentsFromMarkup", () => {
  const change = (index: number, type: WordTrackedChange["type"], text: string): WordTrackedChange => ({ index, type, text, author: "A", date: null });
  test("places each change where the markup holds it", () => {
    const raw = "Pay within 5 business days30 days of invoice.";
    const result = segmentsFromMarkup(0, raw, "Pay within 5 business days of invoice.", "Pay within 30 days of invoice.", [change(0, "Deleted", "5 business days"), change(1, "Added", "30 days")], 0);
    expect(result?.next).toBe(2);
    expect(result?.segments.map((s) => [s.type, s.start, s.end, s.originalStart, s.originalEnd])).toEqual([
      ["deletion", 11, 11, 11, 26],
      ["insertion", 11, 18, 26, 26],
    ]);
  });
  test("gives up on an empty deleted text (Word on Mac)", () => {
    expect(segmentsFromMarkup(0, "ab", "ab", "a", [change(0, "Deleted", "")], 0)).toBeNull();
  });
});

describe("layoutTables", () => {
  test("fills cells row by row, a multi-line cell taking several paragraphs", () => {
    const layout = layoutTables([0, 1, 1, 1, 1, 0], ["x", "A", "B1", "B2", "C", "y"], [{ values: [["A", "B1\nB2"], ["C"]], nestingLevel: 1 }]);
    expect(layout.positions).toEqual([undefined, { table: 0, row: 0, cell: 0, nesting: 1 }, { table: 0, row: 0, cell: 1, nesting: 1 }, { table: 0, row: 0, cell: 1, nesting: 1 }, { table: 0, row: 1, cell: 0, nesting: 1 }, undefined]);
    expect(layout.tables[0]!.rows[0]![1]).toEqual({ text: "B1\nB2", paragraphs: [2, 3] });
  });
  test("extra paragraphs join the last cell rather than getting lost", () => {
    const layout = layoutTables([1, 1, 1], ["a", "b", "c"], [{ values: [["a"]], nestingLevel: 1 }]);
    expect(layout.tables[0]!.rows[0]![0]!.paragraphs).toEqual([0, 1, 2]);
  });
});

describe("toActionError", () => {
  test.each([
    ["AccessDenied", "error.protected"],
    ["ItemNotFound", "error.notFound"],
    ["InvalidArgument", "error.invalidArgument"],
    ["NotAllowed", "error.notAllowed"],
    ["ApiNotFound", "error.unsupported"],
    ["GeneralException", "error.generic"],
    ["PropertyNotLoaded", "error.generic"],
    ["SomethingNew", "error.generic"],
  ])("%s -> %s", (code, key) => {
    const e = toActionError(Object.assign(new Error("boom"), { code }));
    expect(e).toBeInstanceOf(OfficeActionError);
    expect(e).toMatchObject({ key, code, detail: "boom" });
  });
  test("an over-long search is error.searchTooLong", () => {
    expect(toActionError(Object.assign(new Error("The search string is longer than 255 characters."), { code: "InvalidArgument" })).key).toBe("error.searchTooLong");
  });
  test("a non-error value becomes error.generic", () => {
    expect(toActionError("odd")).toMatchObject({ key: "error.generic", code: null, detail: "odd" });
  });
});
