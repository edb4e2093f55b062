import fc from "fast-check";
import { findSubjective, matchSubjective } from "../../../src/engine/subjective";
import { prepareText } from "../../../src/engine/classify/scan";
import { contextMask, rulePack } from "../../../src/engine/rules";
import type { ClauseKind } from "../../../src/engine/types";

const spans = (text: string, kinds: ClauseKind[], lang: "en" | "pt" = "en") =>
  findSubjective(text, { kinds }, lang).map((m) => m.text);

describe("findSubjective: reference milestone headings", () => {
  it("flags the status label of a vague milestone", () => {
    const [m, ...rest] = findSubjective("Phase 1: Discovery Complete", { kinds: ["milestone"] }, "en");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: "Discovery Complete", category: "vague-completion", severity: "high" });
  });

  it("flags nothing in a documented sign-off milestone", () => {
    expect(
      spans(
        "Phase 1: Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval",
        ["milestone", "acceptance"],
      ),
    ).toEqual([]);
  });
});

describe("findSubjective: categories in gate contexts", () => {
  it.each([
    ["Acceptance occurs when the deliverable is completed to the satisfaction of the Client.", "approval-standard"],
    ["The Buyer may withhold payment at its sole discretion.", "approval-standard"],
    ["Milestone 4 is paid once the platform is substantially complete.", "vague-completion"],
    ["Each deliverable shall be of high quality and follow best practices.", "unmeasured-quality"],
    ["The Client will provide timely feedback on each deliverable.", "soft-timing"],
    ["Payment is due approximately 5 days after the milestone is accepted.", "soft-timing"],
    ["The deliverables include, but are not limited to, the design files.", "open-scope"],
    ["The acceptance criteria for Phase 2 are to be mutually agreed.", "agreement-to-agree"],
    ["The milestone fee is TBD.", "agreement-to-agree"],
    ["The Vendor shall use best efforts to reach the go-live milestone by March.", "effort-standard"],
  ])("%s -> %s", (text, category) => {
    const found = findSubjective(text, { kinds: ["milestone", "acceptance", "payment"] }, "en");
    expect(found.map((m) => m.category)).toContain(category);
  });
});

describe("findSubjective: more cue families", () => {
  it.each([
    ["The release is accepted at the Client's discretion.", "at the Client's discretion"],
    ["Deliverables must be reasonably satisfactory to the Customer.", "reasonably satisfactory to the Customer"],
    ["Milestone 2 covers work to improve the onboarding experience.", "improve the onboarding experience"],
    ["Milestone 4: the vendor will actively participate in release planning.", "actively participate"],
    ["Milestone 5: Go-Live Ready", "Go-Live Ready"],
    ["The Vendor will fix reported bugs within about a week.", "about a week"],
    ["The Supplier shall remedy any defect within a reasonable period.", "within a reasonable period"],
    ["The Client will provide feedback on deliverables in a timely manner.", "in a timely manner"],
  ])("%s", (text, span) => {
    expect(spans(text, ["milestone", "acceptance"])).toContain(span);
  });

  it("flags taste-based quality words even outside a gate", () => {
    expect(spans("The mobile app shall be intuitive and user-friendly.", [])).toEqual(["intuitive", "user-friendly"]);
  });

  it("flags a status label only where it closes a milestone heading", () => {
    expect(spans("Phase 3: Pilot Rollout Done", ["milestone"])).toEqual(["Pilot Rollout Done"]);
    expect(spans("The Project Completion Date is 1 June.", ["milestone"])).toEqual([]);
  });
});

describe("findSubjective: context decides", () => {
  it("does not flag approval wording about proposal evaluation", () => {
    expect(spans("A late offer may, at the agency's sole discretion, be rejected from the evaluation.", [])).toEqual([]);
  });

  it("does not flag soft timing about an unrelated notice", () => {
    expect(spans("Each party will notify the other as promptly as possible of any suspected fraud.", ["dependency"])).toEqual([]);
  });

  it("does not flag effort standards in a confidentiality clause", () => {
    expect(spans("Each party will use best efforts to protect the other's Confidential Information.", ["payment"])).toEqual([]);
  });

  it("does not flag 'mutually agreed' inside an exception", () => {
    expect(spans("Delivery is due on 1 May unless the parties have mutually agreed otherwise.", ["milestone"])).toEqual([]);
  });

  it("does not flag a satisfaction word that only states a purpose", () => {
    expect(spans("To ensure satisfactory performance, the Buyer retains 5% of each payment until acceptance.", ["payment", "acceptance"])).toEqual([]);
  });

  it("does not flag a term option or termination right", () => {
    expect(spans("The Buyer may extend the term at its sole option.", ["payment"])).toEqual([]);
    expect(spans("Either party may terminate for convenience at its sole discretion.", [])).toEqual([]);
  });

  it("does not flag soft wording in a clause with no gate", () => {
    expect(spans("The provider may update the platform from time to time.", [])).toEqual([]);
    expect(spans("Customer shall promptly notify the provider of any lost password.", [])).toEqual([]);
  });

  it("never flags operative vocabulary", () => {
    const text =
      "Notwithstanding clause 4, the Deliverable shall be deemed accepted not later than ten Business Days after delivery, and the Client may reject it in writing; it will be paid within 30 days.";
    expect(spans(text, ["milestone", "acceptance", "deemed_acceptance", "payment"])).toEqual([]);
  });

  it("lowers severity outside milestone, acceptance and payment clauses", () => {
    const [m] = findSubjective("The software shall follow industry best practices.", { kinds: [] }, "en");
    expect(m?.severity).toBe("medium");
  });

  it("skips template placeholders", () => {
    expect(spans("Acceptance criteria: <describe how the milestone was tested, etc.>", ["acceptance"])).toEqual([]);
  });
});

describe("findSubjective: Portuguese", () => {
  it.each([
    ["O aceite da entrega ficará a seu exclusivo critério.", "a seu exclusivo critério"],
    ["A CONTRATANTE deverá enviar as aprovações o mais breve possível.", "o mais breve possível"],
    ["O marco será considerado concluído com a operação estável em produção.", "operação estável em produção"],
    ["O aceite dependerá de avaliação a critério da CONTRATANTE.", "a critério da CONTRATANTE"],
    ["Fase 1: Levantamento de Requisitos Concluído", "Levantamento de Requisitos Concluído"],
  ])("%s", (text, span) => {
    expect(spans(text, ["acceptance", "milestone", "dependency"], "pt")).toContain(span);
  });

  it("leaves effort standards with no gate alone", () => {
    expect(spans("A CONTRATADA empregará melhores esforços, porém não garante resultados.", [], "pt")).toEqual([]);
  });
});

describe("findSubjective: options", () => {
  const text = "Acceptance requires high quality code delivered promptly to the Client.";
  const kinds: ClauseKind[] = ["acceptance"];

  it("honours disabled rules and categories", () => {
    const all = findSubjective(text, { kinds }, "en");
    expect(all.length).toBeGreaterThan(0);
    const cats = findSubjective(text, { kinds }, "en", { disabledCategories: ["unmeasured-quality", "soft-timing"] });
    expect(cats).toEqual([]);
    const rules = findSubjective(text, { kinds }, "en", { disabledRules: all.map((m) => m.rule) });
    expect(rules).toEqual([]);
  });

  it("adds custom terms and drops allow-listed phrases", () => {
    const found = findSubjective("The design must feel snappy.", { kinds: [] }, "en", { customTerms: ["snappy"] });
    expect(found).toMatchObject([{ text: "snappy", rule: "custom.term" }]);
    const allowed = findSubjective(text, { kinds }, "en", { allowList: ["promptly"] }).map((m) => m.text);
    expect(allowed).not.toContain("promptly");
  });
});

describe("findSubjective: span invariants", () => {
  const vocabulary = [
    "the Client", "shall", "accept", "milestone", "payment", "to the satisfaction of", "promptly", "high quality",
    "code", "as needed", "etc.", "TBD", "best efforts", "Phase 2:", "Design Complete", "approximately 5 days",
    "ação", "’", "\u00a0", "😀", "\n", ";", ".", " ", "Sign-off", "o mais breve possível", "critério",
  ];
  const textArb = fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }).map((w) => w.join(" "));

  it("spans are in range, equal their slice, sorted and never overlap", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom("en" as const, "pt" as const), (text, lang) => {
        const found = findSubjective(text, { kinds: ["milestone", "acceptance", "payment"] }, lang);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
    );
  });
});

describe("matchSubjective: matches the cue scan found on the way", () => {
  it.each(["en", "pt"] as const)("are the %s matches a scan of their own finds", (lang) => {
    const pack = rulePack(lang);
    const words = new Set<string>();
    for (const r of pack.subjective) for (const p of r.patterns) for (const w of p.match(/[a-z]{2,}/g) ?? []) words.add(w);
    for (const c of pack.cues) for (const w of c.pattern.match(/[a-z]{2,}/g) ?? []) words.add(w);
    const vocab = [...words, "Client", "the", "5", "<describe the work>"];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(" ", " ", ", ", ". ", "; ")), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(""));
    const contexts = fc.constantFrom(0, contextMask(["milestone"]), contextMask(["payment", "quality"]), contextMask(["dependency"]));
    fc.assert(
      fc.property(text, contexts, (t, passage) => {
        const prepared = prepareText(t, lang);
        // The same preparation without the cue scan's findings: the group scans the text itself.
        const alone = Object.assign(Object.create(Object.getPrototypeOf(prepared) as object) as object, prepared, { foldedSubjective: null }) as typeof prepared;
        expect(matchSubjective(prepared, passage)).toEqual(matchSubjective(alone, passage));
      }),
      { numRuns: 300 },
    );
  });
});
