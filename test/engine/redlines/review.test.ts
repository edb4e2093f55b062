// Grouping, exclusion, moves, formatting, summaries and the offset properties of the redline review.
import fc from "fast-check";
import type { DocModel, Revision } from "../../../src/engine/model";
import { redlineAuthors, reviewRedlines, summarizeRedlines } from "../../../src/engine/redlines";
import type { Redline } from "../../../src/engine/types";
import { buildDoc, CLIENT } from "./fixture";

const anchorText = (doc: DocModel, r: Redline): string => doc.paragraphs[r.anchor.paragraph]!.text.slice(r.anchor.start, r.anchor.end);

describe("grouping", () => {
  test("an adjacent deletion and insertion by one author are one replacement", () => {
    const doc = buildDoc(["Acceptance within [-five (5)-][+thirty (30)+] business days of delivery."]);
    const [r, ...rest] = reviewRedlines(doc);
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({ type: "replacement", before: "five (5)", after: "thirty (30)", author: CLIENT });
    expect(r!.revisionIds).toEqual(doc.revisions.map((x) => x.id));
    expect(r!.anchor).toEqual({ paragraph: 0, start: 18, end: 29, text: "thirty (30)" });
  });

  test("an insertion written before the deletion it replaces is grouped too", () => {
    const doc = buildDoc(["Invoices are payable [+Net 90+] [-Net 30-]."]);
    const redlines = reviewRedlines(doc);
    expect(redlines).toHaveLength(1);
    expect(redlines[0]).toMatchObject({ type: "replacement", before: " Net 30", after: "Net 90 " });
  });

  test("a number edited word by word ('five' and '5' apart) reads as one replacement", () => {
    const doc = buildDoc([
      { markup: "Acceptance", headingLevel: 1 },
      "The Client shall review each Deliverable within [-five-][+thirty+] ([-5-][+30+]) business days of delivery.",
    ]);
    const redlines = reviewRedlines(doc);
    expect(redlines).toHaveLength(1);
    expect(redlines[0]).toMatchObject({ type: "replacement", before: "five (5", after: "thirty (30", effect: "weakens" });
    expect(redlines[0]!.revisionIds).toHaveLength(4);
  });

  test("changes by different authors, or apart by a word, stay separate", () => {
    const doc = buildDoc(["Pay [-thirty-@Ann][+ninety+@Bob] days and [-five-][+ten+] more after the [+final+] invoice."]);
    const redlines = reviewRedlines(doc);
    expect(redlines.map((r) => [r.type, r.author, r.before, r.after])).toEqual([
      ["deletion", "Ann", "thirty", ""],
      ["insertion", "Bob", "", "ninety"],
      ["replacement", CLIENT, "five", "ten"],
      ["insertion", CLIENT, "", "final"],
    ]);
  });

  test("a pure deletion has an empty anchor at the point where the text stood", () => {
    const doc = buildDoc(["Fees are due[- promptly-] on receipt."]);
    const [r] = reviewRedlines(doc);
    expect(r).toMatchObject({ type: "deletion", before: " promptly", after: "" });
    expect(r!.anchor).toEqual({ paragraph: 0, start: 12, end: 12, text: "" });
  });

  test("a deleted paragraph anchors at its (now empty) start", () => {
    const doc = buildDoc(["Intro.", "[-If no notice is given within 10 business days, the Deliverable is deemed accepted.-]"]);
    const [r] = reviewRedlines(doc);
    expect(r!.anchor).toEqual({ paragraph: 1, start: 0, end: 0, text: "" });
    expect(r!.effect).toBe("weakens");
  });
});

describe("moves, formatting and paragraph marks", () => {
  test("a moveFrom/moveTo pair is one neutral move anchored where the text now stands", () => {
    const doc = buildDoc([
      "[<The Client shall pay each invoice within 30 days.<]",
      "Payment terms. [>The Client shall pay each invoice within 30 days.>]",
    ]);
    const redlines = reviewRedlines(doc);
    expect(redlines).toHaveLength(1);
    expect(redlines[0]).toMatchObject({
      type: "move",
      effect: "neutral",
      reason: "Moved",
      before: "The Client shall pay each invoice within 30 days.",
      after: "The Client shall pay each invoice within 30 days.",
    });
    expect(redlines[0]!.anchor.paragraph).toBe(1);
    expect(redlines[0]!.revisionIds).toHaveLength(2);
  });

  test("a moveTo without its source is judged as an insertion", () => {
    const doc = buildDoc([{ markup: "Acceptance", headingLevel: 1 }, "The Client accepts deliverables.[> Acceptance is at the Client's sole discretion.>]"]);
    const [r] = reviewRedlines(doc);
    expect(r).toMatchObject({ type: "insertion", effect: "weakens" });
  });

  test("formatting changes are neutral, and formatting of inserted text belongs to the insertion", () => {
    const doc = buildDoc(["[~Payment~] is due [+within thirty days+] of invoice."]);
    // A formatting change over the inserted words, as Word records a run that is inserted and restyled.
    const ins = doc.revisions.find((r) => r.type === "insertion")!;
    doc.revisions.push({ ...ins, id: "fmt-on-insert", type: "formatting", text: "", originalStart: ins.originalStart, originalEnd: ins.originalStart });
    const redlines = reviewRedlines(doc);
    expect(redlines.map((r) => [r.reason, r.revisionIds.length])).toEqual([
      ["Formatting only", 1],
      [expect.any(String), 2],
    ]);
    expect(redlines[0]).toMatchObject({ before: "Payment", after: "Payment", effect: "neutral" });
  });

  test("a lone paragraph-mark change is neutral", () => {
    const doc = buildDoc(["First part", "second part."]);
    doc.revisions.push({ id: "pm", type: "deletion", author: CLIENT, date: null, paragraph: 0, start: 10, end: 10, originalStart: 10, originalEnd: 10, text: "" });
    expect(reviewRedlines(doc)).toEqual([
      {
        anchor: { paragraph: 0, start: 10, end: 10, text: "" },
        type: "deletion",
        author: CLIENT,
        date: null,
        before: "",
        after: "",
        effect: "neutral",
        reason: "Paragraph break only",
        revisionIds: ["pm"],
      },
    ]);
  });
});

describe("authors", () => {
  test("changes by excluded authors are left out, matched without case", () => {
    const doc = buildDoc([
      { markup: "Payment", headingLevel: 1 },
      "Invoices are payable [-Net 30-][+Net 90+].[+ Late payments bear interest.+@Vendor Counsel]",
    ]);
    expect(reviewRedlines(doc).map((r) => r.author)).toEqual([CLIENT, "Vendor Counsel"]);
    const filtered = reviewRedlines(doc, { excludeAuthors: ["  vendor COUNSEL "] });
    expect(filtered.map((r) => r.author)).toEqual([CLIENT]);
    expect(filtered[0]!.effect).toBe("weakens");
  });

  test("our own edit next to the client's never merges into the client's change", () => {
    const doc = buildDoc(["Payable within [-30-][+90+@Us] days."]);
    const redlines = reviewRedlines(doc, { excludeAuthors: ["us"] });
    expect(redlines).toHaveLength(1);
    expect(redlines[0]).toMatchObject({ type: "deletion", before: "30", author: CLIENT });
  });

  test("redlineAuthors lists distinct authors in order of appearance", () => {
    const doc = buildDoc(["A [+b+@Ann] c [-d-@ann] e [+f+@Bob] g [+h+]"]);
    expect(redlineAuthors(doc)).toEqual(["Ann", "Bob", CLIENT]);
  });
});

describe("summary", () => {
  const r = (effect: Redline["effect"]): Redline => ({
    anchor: { paragraph: 0, start: 0, end: 0, text: "" },
    type: "insertion",
    author: "X",
    date: null,
    before: "",
    after: "",
    effect,
    reason: "",
    revisionIds: [],
  });

  test.each([
    [[], "No client changes", 0, 0, 0],
    [["weakens", "weakens", "weakens", "weakens", "strengthens", "neutral", "neutral"], "7 client changes: 4 weaken, 1 strengthens", 4, 1, 2],
    [["weakens"], "1 client change: 1 weakens", 1, 0, 0],
    [["strengthens", "strengthens", "neutral"], "3 client changes: 2 strengthen", 0, 2, 1],
    [["neutral", "neutral"], "2 client changes, all neutral", 0, 0, 2],
  ] as [Redline["effect"][], string, number, number, number][])("%j -> %s", (effects, text, weakens, strengthens, neutral) => {
    expect(summarizeRedlines(effects.map(r))).toEqual({ total: effects.length, weakens, strengthens, neutral, text });
  });
});

describe("language and context", () => {
  test("reasons follow the language asked for, for the same change", () => {
    const doc = buildDoc([{ markup: "Payment", headingLevel: 1 }, "Invoices are payable [-Net 30-][+Net 90+]."]);
    expect(reviewRedlines(doc, { language: "en" })[0]!.reason).toBe("Payment term lengthened (Net 30 → Net 90)");
    expect(reviewRedlines(doc, { language: "pt" })[0]!.reason).toBe("Prazo de pagamento aumentado (Net 30 → Net 90)");
    expect(reviewRedlines(doc, { language: "en" })[0]!.reason).toBe("Payment term lengthened (Net 30 → Net 90)");
  });

  test("the heading above a paragraph is part of its context (and of what is remembered)", () => {
    const body = "The work is done[+ to the Client's satisfaction+].";
    const under = (heading: string) => reviewRedlines(buildDoc([{ markup: heading, headingLevel: 1 }, body]), { language: "en" })[0]!;
    expect(under("Acceptance").effect).toBe("weakens");
    expect(under("Miscellaneous").effect).toBe("neutral");
    expect(under("Acceptance").effect).toBe("weakens");
  });
});

describe("robustness", () => {
  test("a document without revisions has no redlines", () => {
    expect(reviewRedlines(buildDoc(["Nothing changed here."]))).toEqual([]);
  });

  test("revisions pointing outside the document are ignored and offsets are kept in bounds", () => {
    const doc = buildDoc(["Short [+text+]."]);
    const stray: Revision = { id: "x", type: "insertion", author: CLIENT, date: null, paragraph: 7, start: 0, end: 3, originalStart: 0, originalEnd: 0, text: "abc" };
    const long: Revision = { ...doc.revisions[0]!, id: "y", start: 6, end: 500, originalStart: 6, originalEnd: 6 };
    doc.revisions = [stray, long];
    const redlines = reviewRedlines(doc);
    expect(redlines).toHaveLength(1);
    expect(redlines[0]!.anchor).toEqual({ paragraph: 0, start: 6, end: 11, text: "text." });
  });
});

// ---- properties ---------------------------------------------------------------------------

type Segment = { kind: "plain" | "del" | "ins"; text: string; author: string };

const segment = fc.record({
  kind: fc.constantFrom<Segment["kind"]>("plain", "del", "ins"),
  text: fc.stringMatching(/^[a-z0-9 ,.()%$]{1,12}$/),
  author: fc.constantFrom("Ann", "Bob", "us"),
});

const toMarkup = (segments: Segment[]): string =>
  segments.map((s) => (s.kind === "plain" ? s.text : s.kind === "del" ? `[-${s.text}-@${s.author}]` : `[+${s.text}+@${s.author}]`)).join("");

/** Replays the text redlines of each paragraph onto its original view. */
function replay(doc: DocModel, redlines: Redline[]): string[] {
  const byId = new Map(doc.revisions.map((r) => [r.id, r]));
  return doc.paragraphs.map((p) => {
    const original = p.originalText ?? p.text;
    const edits = redlines
      .filter((r) => r.anchor.paragraph === p.index && r.type !== "move")
      .map((r) => {
        const revs = r.revisionIds.map((id) => byId.get(id)!);
        return { from: Math.min(...revs.map((x) => x.originalStart)), to: Math.max(...revs.map((x) => x.originalEnd)), r };
      })
      .sort((a, b) => a.from - b.from);
    let out = "";
    let at = 0;
    for (const e of edits) {
      expect(e.r.before).toBe(original.slice(e.from, e.to));
      out += original.slice(at, e.from) + e.r.after;
      at = e.to;
    }
    return out + original.slice(at);
  });
}

describe("properties", () => {
  test("anchors equal the current slice, before/after replay the revisions, every revision is reported once", () => {
    fc.assert(
      fc.property(fc.array(fc.array(segment, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const doc = buildDoc(paragraphs.map(toMarkup));
        expect(doc.revisions).toHaveLength(paragraphs.flat().filter((s) => s.kind !== "plain").length);
        const redlines = reviewRedlines(doc, { language: "en" });
        for (const r of redlines) expect(r.anchor.text).toBe(anchorText(doc, r));
        for (const r of redlines) if (r.type !== "deletion") expect(r.after).toBe(r.anchor.text);
        expect(replay(doc, redlines)).toEqual(doc.paragraphs.map((p) => p.text));
        const ids = redlines.flatMap((r) => r.revisionIds).sort();
        expect(ids).toEqual(doc.revisions.map((r) => r.id).sort());
        // Document order, and the same answer twice.
        const order = redlines.map((r) => [r.anchor.paragraph, r.anchor.start]);
        expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
        expect(reviewRedlines(doc, { language: "en" })).toEqual(redlines);
      }),
      { numRuns: 150 },
    );
  });

  test("excluding an author removes exactly that author's revisions", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 10 }), (segments) => {
        const doc = buildDoc([toMarkup(segments)]);
        const redlines = reviewRedlines(doc, { excludeAuthors: ["US"], language: "en" });
        expect(redlines.every((r) => r.author !== "us")).toBe(true);
        const ids = redlines.flatMap((r) => r.revisionIds).sort();
        expect(ids).toEqual(doc.revisions.filter((r) => r.author !== "us").map((r) => r.id).sort());
        for (const r of redlines) expect(r.anchor.text).toBe(anchorText(doc, r));
      }),
      { numRuns: 150 },
    );
  });
});
