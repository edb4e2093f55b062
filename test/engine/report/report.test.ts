import { analyze } from "../../../src/engine/analyze";
import { escapeHtml, mdEscape, redlineSummary, renderReport, renderText, wrap } from "../../../src/engine/report";
import type { Analysis, Redline } from "../../../src/engine/types";
import { strongSow, weakSow } from "../support/sows";

const redline = (effect: Redline["effect"], over: Partial<Redline> = {}): Redline => ({
  anchor: { paragraph: 3, start: 0, end: 4, text: "five" },
  type: "replacement",
  author: "Client Counsel",
  date: "2026-01-05T10:00:00Z",
  before: "five (5) Business Days",
  after: "a reasonable period",
  effect,
  reason: "Replaces a fixed review period with a subjective one.",
  revisionIds: ["1", "2"],
  ...over,
});

const withRedlines = (a: Analysis): Analysis => ({
  ...a,
  redlines: [redline("weakens"), redline("weakens"), redline("weakens"), redline("weakens"), redline("strengthens"), redline("neutral"), redline("neutral")],
});

describe("text", () => {
  const weak = renderText(analyze(weakSow()));
  test("score, checklist, milestones with payments, consistency, findings with rewrites", () => {
    expect(weak).toMatch(/^Gatecheck audit: weak-sow\.docx\nScore \d+\/100/);
    for (const s of ["COMMERCIAL CHECKLIST", "[FAIL] Binary definition", "MILESTONES (3)", "PAYMENTS (1)", "CONSISTENCY", "FINDINGS", '"Discovery Complete"', "-> "]) expect(weak).toContain(s);
  });
  test("fits 100 columns and has no colour codes unless asked", () => {
    for (const line of weak.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    expect(weak).not.toMatch(/\x1b\[/);
    expect(renderText(analyze(weakSow()), { color: true })).toMatch(/\x1b\[31m\[FAIL\]/);
  });
  test("the strong SOW's milestones show their payments", () => {
    const strong = renderText(analyze(strongSow()));
    expect(strong).toMatch(/m1 +Milestone 1: Discovery Sign-off.*binary +USD 24,000 \(20%\)/);
    expect(strong).toContain("[PASS] Risk mitigation");
    expect(strong).not.toContain("REDLINES");
  });
  test("redlines are rendered with a summary line when present", () => {
    const text = renderText(withRedlines(analyze(strongSow())));
    expect(text).toContain("REDLINES\n  7 client changes: 4 weaken, 1 strengthens, 2 neutral\n");
    expect(text).toContain("replacement by Client Counsel (2026-01-05): weakens");
    expect(text).toContain("before: five (5) Business Days");
    expect(text).toContain("after: a reasonable period");
  });
  test("wrap keeps words whole and indents continuation lines", () => {
    expect(wrap("aaa bbb ccc ddd", 8, "  ")).toEqual(["aaa bbb", "  ccc", "  ddd"]);
    expect(wrap("x".repeat(12), 5)).toEqual(["xxxxx", "xxxxx", "xx"]);
  });
});

test("redline summary wording", () => {
  expect(redlineSummary([redline("weakens")])).toBe("1 client change: 1 weakens");
  expect(redlineSummary([redline("weakens"), redline("strengthens"), redline("weakens")])).toBe("3 client changes: 2 weaken, 1 strengthens");
});

describe("markdown", () => {
  test("tables and escaped document text", () => {
    const a = analyze(strongSow());
    const evil = { ...a, document: { ...a.document, name: "x|y*z" }, redlines: [redline("weakens", { after: "a | b <script>" })] };
    const md = renderReport(evil, "markdown");
    expect(md).toContain("# Gatecheck audit: x\\|y\\*z");
    expect(md).toContain("| Check | Status | Finding | Evidence |");
    expect(md).toContain("## Redlines: 1 client change: 1 weakens");
    expect(md).toContain("a \\| b \\<script\\>");
    expect(mdEscape("[a](b)")).toBe("\\[a\\]\\(b\\)");
  });
});

describe("html", () => {
  test("self-contained: no scripts, no external resources, document text escaped", () => {
    const a = analyze(weakSow());
    const evil = withRedlines({ ...a, document: { ...a.document, name: '<img src=x onerror="alert(1)">' } });
    const html = renderReport(evil, "html");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<[a-z]+[^>]*\s(?:src|href)=|url\(/i);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain("7 client changes: 4 weaken, 1 strengthens, 2 neutral");
    expect(escapeHtml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&#39;");
  });
});

test("json is the Analysis itself", () => {
  const a = analyze(strongSow());
  const parsed = JSON.parse(renderReport(a, "json"));
  expect(parsed).toEqual(JSON.parse(JSON.stringify(a)));
  expect(Object.keys(parsed)).toEqual(expect.arrayContaining(["version", "document", "score", "checklist", "milestones", "payments", "findings", "redlines"]));
});
