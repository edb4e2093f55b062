import { findAcceptance, findArtifact, findDue, findLabelReferences, labelKey, sentenceAround, sentenceReader } from "../../../src/engine/extract/phrases";
import { ARTIFACT_CAPITALISED, ARTIFACT_LOWER } from "../../../src/engine/extract/cues";

test("artifacts: capitalised names with acronyms, and lower-case fallbacks", () => {
  expect(findArtifact("Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval")).toBe("Requirements Traceability Matrix (RTM)");
  expect(findArtifact("The Vendor delivers the Solution Design Document.")).toBe("Solution Design Document");
  expect(findArtifact("The Vendor will send the signed test report.")).toBe("signed test report");
  expect(findArtifact("Phase 1: Discovery Complete")).toBeNull();
});

test("acceptance events", () => {
  expect(findAcceptance("achieved when the Client signs the Acceptance Certificate")).toBe("signs the Acceptance Certificate");
  expect(findAcceptance("on written sign-off by the Client Sponsor")).toMatch(/^written sign-off by the Client Sponsor/);
  expect(findAcceptance("Deliverables are deemed accepted after five (5) Business Days")).toMatch(/^deemed accepted/);
  expect(findAcceptance("Discovery Complete")).toBeNull();
});

test("due dates and durations", () => {
  expect(findDue("Due Week 6.")).toBe("Week 6");
  expect(findDue("by 31 March 2026")).toBe("31 March 2026");
  expect(findDue("on 2026-03-31")).toBe("2026-03-31");
  expect(findDue("within 30 days after kick-off")).toBe("within 30 days after kick-off");
  expect(findDue("no date")).toBeNull();
});

test("label keys unify spellings and numbering", () => {
  expect(labelKey("Milestone", "2")).toBe("milestone:2");
  expect(labelKey("M", "2")).toBe("milestone:2");
  expect(labelKey("Marco", "2")).toBe("milestone:2");
  expect(labelKey("Phase", "II")).toBe("phase:2");
  expect(labelKey("Fase", "2")).toBe("phase:2");
  expect(findLabelReferences("30% upon Milestone 2, then Phase III and M4").map((r) => r.key)).toEqual(["milestone:2", "phase:3", "milestone:4"]);
});

test("sentence bounds skip abbreviations", () => {
  const text = "Contoso Inc. pays. Then the Vendor delivers.";
  const s = sentenceAround(text, 2);
  expect(text.slice(s.start, s.end)).toBe("Contoso Inc. pays.");
  const t = sentenceAround(text, 25);
  expect(text.slice(t.start, t.end)).toBe("Then the Vendor delivers.");
});

/** findArtifact as a plain scan of the whole text, to check the search that starts near the first head noun. */
function artifactByFullScan(text: string): string | null {
  const capitalised = new RegExp(ARTIFACT_CAPITALISED.source, ARTIFACT_CAPITALISED.flags);
  for (let m = capitalised.exec(text); m; m = capitalised.exec(text)) {
    let phrase = m[0].trim();
    for (let prev = ""; prev !== phrase; ) {
      prev = phrase;
      phrase = phrase
        .replace(/^(?:the|a|an|and|of|for|o|os|as|da|do|de|e)\s+/i, "")
        .replace(/^(?:Upon|Following|After|Once|When|Client|Customer|Vendor|Supplier|Contractor|Each|All|This|That|These|Delivery|Submission|Approval|Acceptance|Milestone|Phase)\s+/, "");
    }
    if (phrase.includes(" ") || /\([A-Z]{2,6}\)$/.test(phrase) || /^[A-Z]{2,6}$/.test(phrase)) return phrase;
  }
  const lower = new RegExp(ARTIFACT_LOWER.source, ARTIFACT_LOWER.flags).exec(text);
  return lower ? (lower[1] ?? "").trim() : null;
}

/** A repeatable random source: next(n) is an integer from 0 to n - 1 (a linear congruential generator). */
function seededPicker(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

test("artifacts: starting the search near the first head noun finds what a whole-text scan finds", () => {
  const words = [
    "the", "The", "a", "an", "of", "and", "for", "de", "da", "e", "os", "as", "Client", "Vendor", "Upon", "Each", "Final",
    "Solution", "Design", "Document", "Documents", "Plan", "Planning", "Report", "ZipCode", "Release", "Notes", "RTM", "(RTM)",
    "design", "document", "test", "report", "plan", "catalog", "signed", "sign-off", "Sign-off", "O'Brien's", "R&D", "A/B",
    "2026", "v2", "Código", "código", "Relatório", "relatório", "Especificação", "técnica", "Ata", "ata", "Termo", "termo",
  ];
  const gaps = [" ", " ", " ", "  ", "\n", "\u00a0", ", ", ". ", "; ", " (", ") ", ": ", "-", "\t", "’"];
  const next = seededPicker(7);
  for (let i = 0; i < 3000; i++) {
    let text = "";
    for (let w = 1 + next(14); w > 0; w--) text += words[next(words.length)]! + gaps[next(gaps.length)]!;
    expect([text, findArtifact(text)]).toEqual([text, artifactByFullScan(text)]);
  }
});

/** sentenceAround as a character-by-character scan, to check the expressions that find its bounds. */
function sentenceByScan(text: string, pos: number): { start: number; end: number } {
  const endsAt = (i: number): boolean => {
    const c = text[i];
    if (c === "\n") return true;
    if (c !== "." && c !== "!" && c !== "?") return false;
    const next = text[i + 1];
    if (next !== undefined && next !== " " && next !== "\n" && next !== "\t" && next !== "\u00a0") return false;
    return c !== "." || !/\b(?:Inc|Ltd|Co|No|e\.g|i\.e|Ltda|S\.A|Mr|Ms|Dr|St|nº)$/.test(text.slice(Math.max(0, i - 5), i));
  };
  let start = 0;
  for (let i = Math.min(pos, text.length) - 1; i > 0; i--) {
    if (endsAt(i) && i + 1 < text.length) {
      start = i + 1;
      break;
    }
  }
  let end = text.length;
  for (let i = Math.max(0, pos); i < text.length; i++) {
    if (endsAt(i)) {
      end = i + 1;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/**
 * Bounds compared by hand, with expect called only on a difference (and then with the case, for
 * the report): a matcher call per position made these tests take minutes.
 */
function expectBounds(context: unknown[], found: { start: number; end: number }, expected: { start: number; end: number }): void {
  if (found.start !== expected.start || found.end !== expected.end) expect([...context, found]).toEqual([...context, expected]);
}

test("sentence bounds: the expression scans find the bounds a character scan finds", () => {
  const pieces = ["Contoso Inc.", "e.g.", "i.e.", "St.", "1.5%", "pays", "the Vendor", "!", "?", ".", "\n", " ", " ", "\u00a0", "\t", "\r", "Ltd.", "nº.", "x".repeat(150), "y ".repeat(140)];
  const next = seededPicker(11);
  for (let i = 0; i < 2000; i++) {
    let text = "";
    for (let w = next(16); w > 0; w--) text += pieces[next(pieces.length)]!;
    for (let pos = 0; pos <= text.length + 1; pos += 1 + next(9)) {
      expectBounds([text, pos], sentenceAround(text, pos), sentenceByScan(text, pos));
    }
  }
});

test("sentence bounds: the bounds found for a position hold for every later position before the sentence's end", () => {
  // sentenceReader reuses one sentence for the positions that follow in it.
  const pieces = ["Contoso Inc.", "e.g.", "St.", "1.5%", "pays", "!", "?", ".", "\n", " ", " ", "\u00a0", "Ltd.", "x".repeat(150)];
  const next = seededPicker(12);
  for (let i = 0; i < 1500; i++) {
    let text = "";
    for (let w = next(16); w > 0; w--) text += pieces[next(pieces.length)]!;
    for (let pos = 0; pos < text.length; pos += 1 + next(7)) {
      const s = sentenceAround(text, pos);
      for (let later = pos + 1; later < s.end; later += 1 + next(5)) expectBounds([text, pos, later], sentenceAround(text, later), s);
    }
  }
});

test("sentence reader: gives sentenceAround's bounds for positions asked in order, and out of order", () => {
  const pieces = ["Contoso Inc.", "e.g.", "1.5%", "pays", "!", ".", "\n", " ", " ", "Ltd.", "x".repeat(40)];
  const next = seededPicker(13);
  for (let i = 0; i < 800; i++) {
    let text = "";
    for (let w = next(16); w > 0; w--) text += pieces[next(pieces.length)]!;
    const positions: number[] = [];
    for (let pos = 0; pos < text.length; pos += 1 + next(6)) positions.push(pos);
    // In order, then with a few positions moved back.
    const shuffled = positions.map((p, k) => (k % 5 === 4 ? Math.max(0, p - 7) : p));
    for (const list of [positions, shuffled]) {
      const at = sentenceReader(text);
      for (const pos of list) expectBounds([text, pos], at(pos), sentenceAround(text, pos));
    }
  }
});
