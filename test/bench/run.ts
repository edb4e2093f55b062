// `npm run bench [-- --json]`: runs every benchmark section and prints one JSON object (--json)
// or a readable summary. Progress goes to stderr. A section is a name and a function: adding one
// is an import and a line in SECTIONS.
import { benchEngine, benchIncremental, benchParagraphs } from "./engine";
import { benchOffice } from "./office";
import { benchBundle } from "./bundle";
import { log } from "./measure";

const SECTIONS: [string, () => unknown][] = [
  ["engine", () => benchEngine()],
  ["incremental", () => benchIncremental()],
  ["paragraphs", () => benchParagraphs()],
  ["office", () => benchOffice()],
  ["bundle", () => benchBundle()],
];

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
  const report: Record<string, unknown> = {};
  for (const [name, run] of SECTIONS) {
    if (only && !only.includes(name)) continue;
    log(`== ${name}`);
    report[name] = await run();
  }
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
