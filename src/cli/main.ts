// `gatecheck` command line: `audit FILE.docx` prints the report, `passages` classifies JSON lines.
// Exit codes: 0 when the command ran (whatever it found), 2 on bad input or usage (one line on
// stderr, no stack trace), 1 on an unexpected internal error.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../engine/analyze";
import { renderReport, REPORT_FORMATS, type ReportFormat } from "../engine/report";
import type { Language } from "../engine/types";
import { readDocx, isDocxError } from "../docx";
import { runPassages } from "./passages";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** Whether stdout is a terminal (colour, width). */
  isTTY: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

const USAGE = `Usage:
  gatecheck audit FILE.docx [--format text|json|markdown|html] [--out FILE] [--language en|pt]
                  [--exclude-author NAME ...]
  gatecheck passages [--language en|pt]   < passages.jsonl > results.jsonl
  gatecheck --help | --version

audit     Reads a .docx statement of work or contract and reports the commercial checklist and
          score, milestones and payments, consistency issues, subjective wording with binary
          rewrites, and client redlines (tracked changes; --exclude-author names your own side,
          repeatable).
passages  Reads JSON lines {"id", "text"} on stdin and writes one JSON line per passage: clause
          kinds, payment trigger, subjective spans and binary-gate verdict.

Exit status: 0 when the command ran, 2 on bad input.
`;

/** A problem with the user's input: reported in one line, exit code 2. */
class UsageError extends Error {}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (value === "en" || value === "pt") return value;
  throw new UsageError(`unknown language "${value}" (use en or pt)`);
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${file}: no such file`);
    if (code === "EISDIR") throw new UsageError(`${file}: is a directory, not a .docx file`);
    if (code === "EACCES") throw new UsageError(`${file}: permission denied`);
    throw new UsageError(`${file}: cannot be read (${code ?? "unknown error"})`);
  }
}

async function audit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: "string", short: "f", default: "text" },
      out: { type: "string", short: "o" },
      language: { type: "string" },
      "exclude-author": { type: "string", multiple: true },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError("audit needs a .docx file: gatecheck audit FILE.docx");
  if (positionals.length > 1) throw new UsageError(`audit takes one file, got ${positionals.length}`);
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${REPORT_FORMATS.join(", ")})`);
  const language = parseLanguage(values.language);
  const file = positionals[0]!;
  const bytes = readInput(file);
  let doc;
  try {
    doc = readDocx(bytes, basename(file));
  } catch (error) {
    if (isDocxError(error)) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  const excludeAuthors = values["exclude-author"] ?? [];
  const analysis = analyze(doc, { ...(language ? { language } : {}), ...(excludeAuthors.length ? { excludeAuthors } : {}) });
  const env = io.env ?? {};
  const toTerminal = !values.out && io.isTTY;
  const report = renderReport(analysis, format, {
    color: toTerminal && !env.NO_COLOR && env.TERM !== "dumb",
    width: toTerminal ? Math.min(120, Math.max(60, io.columns ?? 100)) : 100,
  });
  if (values.out) {
    try {
      writeFileSync(values.out, report);
    } catch (error) {
      throw new UsageError(`cannot write ${values.out} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    io.stderr(`gatecheck: wrote ${values.out}\n`);
  } else {
    io.stdout(report);
  }
  return 0;
}

async function passages(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { language: { type: "string" } }, allowPositionals: false, strict: true });
  const language = parseLanguage(values.language);
  const input = await io.readStdin();
  let output: string;
  try {
    output = runPassages(input, language ? { language } : {});
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^passages: /, "passages: "));
  }
  io.stdout(output);
  return 0;
}

/** Runs the CLI with `argv` (without node and script), returning the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      (command === undefined ? io.stderr : io.stdout)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "audit") return await audit(rest, io);
    if (command === "passages") return await passages(rest, io);
    throw new UsageError(`unknown command "${command}" (use audit or passages; --help for usage)`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
      const message = (error as Error).message;
      const unknown = /Unknown option '([^']+)'/.exec(message);
      io.stderr(`gatecheck: ${unknown ? `unknown option ${unknown[1]} (--help for usage)` : oneLine(message)}\n`);
      return 2;
    }
    io.stderr(`gatecheck: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer | string) => chunks.push(typeof c === "string" ? Buffer.from(c) : c));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** The process-bound entry: real stdio, exit code set on the process. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readAll(process.stdin),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
  });
  process.exitCode = code;
}

// Run when loaded as the program (node dist/cli/main.js) or through bin/gatecheck.js.
const entry = require.main;
if (entry && (entry === module || /[\\/]gatecheck(?:\.js)?$/.test(entry.filename))) void main();
