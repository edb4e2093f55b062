// Reads every .docx in the given folders (or the given files) with the Gatecheck reader and prints
// one line per file; exits 1 if any file fails. Usage: npx tsx scripts/check-docx.ts DIR_OR_FILE...
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { readDocx } from "../src/docx/reader";
import { isDocxError } from "../src/docx/errors";

function docxFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(".docx"))
    .sort()
    .map((name) => join(path, name));
}

function main(args: string[]): number {
  if (args.length === 0) {
    process.stderr.write("usage: npx tsx scripts/check-docx.ts DIR_OR_FILE...\n");
    return 2;
  }
  let failures = 0;
  let count = 0;
  for (const arg of args) {
    let files: string[];
    try {
      files = docxFiles(arg);
    } catch (error) {
      process.stdout.write(`FAIL ${arg}: ${error instanceof Error ? error.message : String(error)}\n`);
      count++;
      failures++;
      continue;
    }
    for (const file of files) {
      count++;
      const started = performance.now();
      try {
        const doc = readDocx(new Uint8Array(readFileSync(file)), basename(file));
        const ms = performance.now() - started;
        process.stdout.write(
          `ok   ${basename(file)}: ${doc.paragraphs.length} paragraphs, ${doc.tables.length} tables, ` +
            `${doc.revisions.length} revisions, ${doc.comments.length} comments (${ms.toFixed(0)} ms)\n`,
        );
      } catch (error) {
        failures++;
        const reason = isDocxError(error) ? `${error.code}: ${error.message}` : String(error);
        process.stdout.write(`FAIL ${basename(file)}: ${reason}\n`);
      }
    }
  }
  process.stdout.write(`${count - failures}/${count} documents read\n`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
