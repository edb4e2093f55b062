// `npm run eval -- FILE.jsonl [--min-kinds X --min-subjective X --min-trigger X --min-gate X] [--json]`
// Runs the passages classifier over a labelled corpus, scores it with the shared scorer
// (../shared/eval/score.mjs, or $GATECHECK_SCORER) and fails when a given minimum is not met.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runPassages } from "../src/cli/passages";

interface Scores {
  kinds: { f1: number };
  subjective: { f1: number };
  paymentTrigger: { accuracy: number };
  binaryGate: { accuracy: number };
}

const MINIMUMS = {
  "--min-kinds": { label: "kinds F1", get: (s: Scores) => s.kinds.f1 },
  "--min-subjective": { label: "subjective F1", get: (s: Scores) => s.subjective.f1 },
  "--min-trigger": { label: "payment trigger accuracy", get: (s: Scores) => s.paymentTrigger.accuracy },
  "--min-gate": { label: "binary gate accuracy", get: (s: Scores) => s.binaryGate.accuracy },
} as const;
type MinFlag = keyof typeof MINIMUMS;

function usage(message: string): never {
  console.error(`eval: ${message}`);
  console.error("usage: npm run eval -- FILE.jsonl [--min-kinds X] [--min-subjective X] [--min-trigger X] [--min-gate X] [--json]");
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let file: string | null = null;
  let json = false;
  const minimums = new Map<MinFlag, number>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") json = true;
    else if (a in MINIMUMS) {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0 || v > 1) usage(`${a} needs a number between 0 and 1`);
      minimums.set(a as MinFlag, v);
    } else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else if (file === null) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!file) usage("no corpus file given");
  return { file, json, minimums };
}

function main(): void {
  const { file, json, minimums } = parseArgs(process.argv.slice(2));
  const root = resolve(__dirname, "..");
  const scorer = process.env.GATECHECK_SCORER ?? resolve(root, "..", "shared", "eval", "score.mjs");
  if (!existsSync(file)) usage(`corpus file not found: ${file}`);
  if (!existsSync(scorer)) usage(`scorer not found: ${scorer} (set GATECHECK_SCORER)`);

  const gold = readFileSync(file, "utf8");
  // Only id and text go to the classifier: the labels never reach it.
  const input = gold
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const { id, text } = JSON.parse(l) as { id: string; text: string };
      return JSON.stringify({ id, text });
    })
    .join("\n");
  const dir = mkdtempSync(join(tmpdir(), "gatecheck-eval-"));
  try {
    const predPath = join(dir, "predictions.jsonl");
    writeFileSync(predPath, runPassages(input));
    const report = execFileSync(process.execPath, [scorer, file, predPath], { encoding: "utf8" });
    const scores = JSON.parse(execFileSync(process.execPath, [scorer, file, predPath, "--json"], { encoding: "utf8" })) as Scores;
    process.stdout.write(json ? JSON.stringify(scores) + "\n" : report);
    const failed: string[] = [];
    for (const [flag, min] of minimums) {
      const { label, get } = MINIMUMS[flag];
      const value = get(scores);
      if (value < min) failed.push(`${label} ${value.toFixed(3)} is below the minimum ${min}`);
    }
    if (failed.length > 0) {
      for (const f of failed) console.error(`eval: ${f}`);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
