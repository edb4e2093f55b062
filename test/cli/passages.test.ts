import { runPassages } from "../../src/cli/passages";

describe("runPassages", () => {
  it("answers each JSON line in order with the passage fields", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Phase 1: Discovery Complete" }),
      "",
      JSON.stringify({ id: 7, text: "Invoices are payable within 30 days of receipt." }),
    ].join("\n");
    const out = runPassages(input).trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", 7]);
    expect(Object.keys(out[0])).toEqual(["id", "kinds", "payment_trigger", "subjective", "binary_gate"]);
    expect(out[0]).toMatchObject({ kinds: ["milestone"], binary_gate: false });
    expect(out[1]).toMatchObject({ kinds: ["payment"], payment_trigger: null, subjective: [], binary_gate: null });
  });

  it("returns nothing for empty input", () => {
    expect(runPassages("")).toBe("");
  });

  it.each([
    ['{"id":"a","text":"ok"}\n{not json}', /line 2: not valid JSON/],
    ['{"id":"a","text":"ok"}\n\n[1,2]', /line 3: expected a JSON object/],
    ['{"text":"no id"}', /line 1: missing "id"/],
    ['{"id":"x","text":5}', /line 1: missing "text"/],
  ])("names the bad line: %s", (input, message) => {
    expect(() => runPassages(input)).toThrow(message);
  });
});
