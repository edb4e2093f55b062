import { OPERATIVE_PHRASES, rulePack, SLOT_NAMES, validatePack } from "../../../src/engine/rules";
import type { RulePack, SubjectiveRule } from "../../../src/engine/rules";

const goodRule: SubjectiveRule = {
  id: "en.test.sample",
  category: "soft-timing",
  language: "en",
  patterns: ["quickish"],
  contexts: ["milestone"],
  severity: "medium",
  explanation: "A made-up rule used to exercise the validator.",
  rewrites: ["within {days} business days of {event}"],
};

const packWith = (rule: Partial<SubjectiveRule>): RulePack => ({
  language: "en",
  subjective: [{ ...goodRule, ...rule }],
  cues: [],
});

describe("bundled rule packs", () => {
  it.each(["en", "pt"] as const)("%s pack is valid and covers every category", (lang) => {
    const pack = rulePack(lang);
    expect(pack.language).toBe(lang);
    const categories = new Set(pack.subjective.map((r) => r.category));
    expect([...categories].sort()).toEqual(
      expect.arrayContaining(["approval-standard", "vague-completion", "unmeasured-quality", "soft-timing", "open-scope", "agreement-to-agree", "effort-standard"].filter((c) => lang === "en" || c !== "effort-standard")),
    );
  });

  it("every rewrite slot is in the fixed vocabulary", () => {
    for (const lang of ["en", "pt"] as const) {
      for (const r of rulePack(lang).subjective) {
        for (const w of r.rewrites) {
          for (const m of w.matchAll(/\{(\w+)\}/g)) expect(SLOT_NAMES).toContain(m[1]);
        }
      }
    }
  });
});

describe("validatePack", () => {
  it("accepts a well-formed pack", () => {
    expect(() => validatePack(packWith({}))).not.toThrow();
  });

  it.each([
    [{ patterns: ["(quick)ish"] }, /capturing group/],
    [{ patterns: ["(?:unclosed"] }, /invalid pattern/],
    [{ patterns: ["x*"] }, /empty string/],
    [{ rewrites: ["within {weeks} weeks"] }, /unknown slot \{weeks\}/],
    [{ rewrites: [] }, /1 to 3 rewrites/],
    [{ patterns: ["shall"] }, /operative wording "shall"/],
    [{ patterns: ["not later than"] }, /operative wording/],
    [{ id: "Bad Id" }, /id must look like/],
    [{ contexts: [] }, /no contexts/],
    [{ patterns: ["quick (?:and |or )?"] }, /ends on a space/],
    [{ patterns: ["quick ${DATE_EN}"] }, /uninterpolated fragment/],
  ])("rejects %p", (change, message) => {
    expect(() => validatePack(packWith(change as Partial<SubjectiveRule>))).toThrow(message);
  });

  it("rejects duplicate ids", () => {
    const pack: RulePack = { language: "en", subjective: [goodRule, goodRule], cues: [] };
    expect(() => validatePack(pack)).toThrow(/duplicate rule id/);
  });

  it("no bundled pattern matches operative vocabulary on its own", () => {
    for (const lang of ["en", "pt"] as const) {
      for (const r of rulePack(lang).subjective) {
        for (const p of r.patterns) {
          const re = new RegExp(`^(?:${p})$`, "i");
          for (const phrase of OPERATIVE_PHRASES[lang]) expect({ rule: r.id, phrase, hit: re.test(phrase) }).toEqual({ rule: r.id, phrase, hit: false });
        }
      }
    }
  });
});
