import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type CliIo } from "../../src/cli/main";
import { writeDocx } from "../../src/docx";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { stdin?: string; isTTY?: boolean } = {}): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => options.stdin ?? "",
    isTTY: options.isTTY ?? false,
    columns: 100,
    env: {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "gatecheck-cli-"));
const sow = join(dir, "sow.docx");
writeFileSync(
  sow,
  writeDocx({
    blocks: [
      { heading: 1, text: "Statement of Work" },
      { text: 'This Statement of Work is between Contoso Inc. ("Client") and Northwind LLC ("Vendor").' },
      { heading: 1, text: "Milestones" },
      { list: { type: "number" }, text: "Phase 1: Discovery Complete" },
      { heading: 1, text: "Fees" },
      { text: "The Vendor will invoice the Client monthly for services performed." },
      { kind: "table", header: ["Milestone", "Payment (%)", "Amount (USD)"], rows: [["Phase 1: Discovery Complete", "100%", "50,000"]] },
    ],
  }),
);

const oneErrorLine = (r: Captured) => {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^gatecheck: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\bat .*\.(?:js|ts):\d+/);
};

describe("audit", () => {
  test("text report by default, no colour when stdout is not a terminal", async () => {
    const r = await cli(["audit", sow]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Gatecheck audit: sow.docx");
    expect(r.stdout).toContain("[FAIL] Binary definition");
    expect(r.stdout).toContain('"Discovery Complete"');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  test("colour on a terminal", async () => {
    expect((await cli(["audit", sow], { isTTY: true })).stdout).toMatch(/\x1b\[/);
  });

  test("json report with the DESIGN.md fields", async () => {
    const r = await cli(["audit", sow, "--format", "json"]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.version).toBe(1);
    expect(a.document.paragraphs).toBeGreaterThan(0);
    expect(a.checklist.map((c: { id: string }) => c.id)).toEqual(["binary-definition", "financial-alignment", "risk-mitigation", "dependency-mapping"]);
    expect(a.payments).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 50000, currency: "USD", percent: 100, milestoneId: "m1" })]));
    expect(a.redlines).toEqual([]);
  });

  test.each(["markdown", "html"])("%s report", async (format) => {
    const r = await cli(["audit", sow, "-f", format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(format === "html" ? "<!DOCTYPE html>" : "# Gatecheck audit");
  });

  test("--out writes the file and says so on stderr", async () => {
    const out = join(dir, "report.html");
    const r = await cli(["audit", sow, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("wrote");
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  test("bad input: one line on stderr, exit 2", async () => {
    const notZip = join(dir, "notes.docx");
    writeFileSync(notZip, "plain text, not a zip");
    const truncated = join(dir, "truncated.docx");
    writeFileSync(truncated, readFileSync(sow).subarray(0, 200));
    const folder = join(dir, "folder.docx");
    mkdirSync(folder, { recursive: true });
    for (const argv of [
      ["audit", join(dir, "missing.docx")],
      ["audit", notZip],
      ["audit", truncated],
      ["audit", folder],
      ["audit"],
      ["audit", sow, "extra.docx"],
      ["audit", sow, "--format", "pdf"],
      ["audit", sow, "--language", "fr"],
      ["audit", sow, "--bogus"],
      ["audit", sow, "--out", join(dir, "no", "such", "dir", "r.txt")],
      ["frobnicate"],
    ]) {
      oneErrorLine(await cli(argv));
    }
    expect((await cli(["audit", join(dir, "missing.docx")])).stderr).toContain("no such file");
    expect((await cli(["audit", sow, "--bogus"])).stderr).toBe("gatecheck: unknown option --bogus (--help for usage)\n");
  });
});

test("audit reports client redlines, and --exclude-author drops our own side's changes", async () => {
  const redlined = join(dir, "redlined.docx");
  const change = (type: "insertion" | "deletion", author: string) => ({ type, author, date: "2026-01-05T10:00:00Z" });
  writeFileSync(
    redlined,
    writeDocx({
      blocks: [
        { heading: 1, text: "Acceptance" },
        {
          runs: [
            { text: "The Client shall review each Deliverable within " },
            { text: "five (5)", change: change("deletion", "Client Counsel") },
            { text: "thirty (30)", change: change("insertion", "Client Counsel") },
            { text: " Business Days." },
            { text: " Reviews are logged.", change: change("insertion", "Our Team") },
          ],
        },
      ],
    }),
  );
  const all = JSON.parse((await cli(["audit", redlined, "--format", "json"])).stdout);
  expect(all.redlines.map((r: { author: string }) => r.author)).toEqual(["Client Counsel", "Our Team"]);
  expect(all.redlines[0]).toMatchObject({ type: "replacement", before: "five (5)", after: "thirty (30)", effect: "weakens" });
  const theirs = JSON.parse((await cli(["audit", redlined, "--format", "json", "--exclude-author", "our team"])).stdout);
  expect(theirs.redlines.map((r: { author: string }) => r.author)).toEqual(["Client Counsel"]);
  expect((await cli(["audit", redlined])).stdout).toMatch(/REDLINES\n {2}\d client changes?: /);
});

describe("passages", () => {
  test("one JSON line per input line, in order", async () => {
    const input = ['{"id":"a","text":"Payment of 20% is due upon acceptance of Milestone 2."}', "", '{"id":2,"text":"This Agreement is governed by the laws of New York."}'].join("\n");
    const r = await cli(["passages"], { stdin: input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 2]);
    for (const l of lines) expect(Object.keys(l)).toEqual(["id", "kinds", "payment_trigger", "subjective", "binary_gate"]);
    expect(lines[0].kinds).toContain("payment");
  });

  test("a malformed line is a one-line error with nothing on stdout", async () => {
    oneErrorLine(await cli(["passages"], { stdin: '{"id":1,"text":"ok"}\nnot json\n' }));
  });
});

test("--help, --version, no arguments", async () => {
  const help = await cli(["--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("gatecheck audit FILE.docx [--format text|json|markdown|html] [--out FILE]");
  expect((await cli(["audit", "--help"])).stdout).toContain("Usage:");
  const version = await cli(["--version"]);
  expect(version.code).toBe(0);
  expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  const none = await cli([]);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("Usage:");
});
