import fc from "fast-check";
import { classifyPassage } from "../../src/engine/passage";

describe("classifyPassage", () => {
  it("returns the passage interface fields", () => {
    const r = classifyPassage("Phase 1: Discovery Complete");
    expect(r).toEqual({
      kinds: ["milestone"],
      payment_trigger: null,
      subjective: [{ start: 9, end: 27, text: "Discovery Complete", rule: "en.completion.title-status" }],
      binary_gate: false,
    });
  });

  it("detects Portuguese unless a language is given", () => {
    const text = "O pagamento será feito em parcelas mensais de R$ 1.000,00.";
    expect(classifyPassage(text).payment_trigger).toBe("time");
    expect(classifyPassage(text, { language: "pt" }).kinds).toEqual(["payment"]);
  });

  it("keeps binary_gate null and trigger null for an unrelated clause", () => {
    const r = classifyPassage("Each party shall keep the other's Confidential Information secret.");
    expect(r).toMatchObject({ kinds: [], payment_trigger: null, binary_gate: null });
  });

  it("offsets are UTF-16 offsets into the original text", () => {
    const text = "😀 Milestone 2: the Client pays once the work is 😀 substantially complete.";
    const [s] = classifyPassage(text).subjective;
    expect(s && text.slice(s.start, s.end)).toBe("substantially complete");
  });

  it("is total: any string yields a well-formed result", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const r = classifyPassage(text);
        const gateKinds = r.kinds.some((k) => k === "milestone" || k === "acceptance" || k === "deemed_acceptance");
        expect(r.binary_gate === null).toBe(!gateKinds);
        if (!r.kinds.includes("payment")) expect(r.payment_trigger).toBeNull();
        for (const s of r.subjective) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});
