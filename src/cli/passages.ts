// `gatecheck passages`: JSON lines {"id","text"} in, one JSON line per input out, in order.
import { classifyPassage } from "../engine/passage";
import type { Language } from "../engine/types";

function fail(line: number, reason: string): never {
  throw new Error(`passages: line ${line}: ${reason}`);
}

/**
 * Classifies every JSON line of `input`. Blank lines are skipped. A line that is not a JSON object
 * with a string "text" (and a string or number "id") throws an Error naming its line number, before
 * any output is produced, so a bad file never yields partial results.
 */
export function runPassages(input: string, options: { language?: Language } = {}): string {
  const lines = input.split(/\r?\n/);
  const parsed: { id: string | number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail(i + 1, "not valid JSON");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) fail(i + 1, "expected a JSON object");
    const { id, text } = value as { id?: unknown; text?: unknown };
    if (typeof id !== "string" && typeof id !== "number") fail(i + 1, 'missing "id" (string or number)');
    if (typeof text !== "string") fail(i + 1, 'missing "text" (string)');
    parsed.push({ id, text });
  });
  return parsed
    .map(({ id, text }) => {
      const r = classifyPassage(text, options);
      return JSON.stringify({
        id,
        kinds: r.kinds,
        payment_trigger: r.payment_trigger,
        subjective: r.subjective,
        binary_gate: r.binary_gate,
      });
    })
    .map((l) => l + "\n")
    .join("");
}
