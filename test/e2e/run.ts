// Browser tests: the playground in Debian's Chromium through playwright-core. Builds if needed,
// serves the playground on a free port, runs the scenarios, prints "N passed, M failed" alone on
// the last line and exits non-zero on failure. Screenshots of every view, light and dark, go to
// test-results/screenshots/.
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureBuilt, startPlaygroundServer } from "../../scripts/playground";
import { checkReportSchema } from "./schema";

const ROOT = resolve(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-results", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const VIEWS = ["overview", "findings", "milestones", "clauses", "redlines", "settings", "export"] as const;
const TAB_NAMES: Record<(typeof VIEWS)[number], RegExp> = {
  overview: /^Overview$/,
  findings: /^Findings/,
  milestones: /^Milestones$/,
  clauses: /^Clauses$/,
  redlines: /^Redlines$/,
  settings: /^Settings$/,
  export: /^Export$/,
};
// office.js's own behaviour outside Office (DESIGN.md): aborted, and allowed.
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_MAPPING_FILE = "o15apptofilemappingtable.js";

/** `blocking: false`: a failure is reported but the later steps of the flow still run. */
type Step = { name: string; run: () => Promise<void>; blocking?: boolean };

class Failure extends Error {}
function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

interface Session {
  context: BrowserContext;
  page: Page;
  outside: string[];
  pageErrors: string[];
}

async function openSession(baseUrl: string, query: string, profile: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    locale: "en-US",
  });
  const origin = new URL(baseUrl).origin;
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.hostname === OFFICE_TELEMETRY_HOST || url.pathname.endsWith(OFFICE_MAPPING_FILE)) return route.abort();
    outside.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${baseUrl}${query}`);
  await page.getByRole("button", { name: "Scan", exact: true }).waitFor({ timeout: 30_000 });
  return { context, page, outside, pageErrors };
}

const pane = (page: Page) => page.getByRole("complementary", { name: "Gatecheck task pane" });
const documentArea = (page: Page) => page.getByRole("document", { name: "Document" });

const scansDone = (page: Page) => page.$eval("[data-scans]", (e) => Number(e.getAttribute("data-scans")));

/** Waits for any automatic re-scan to settle, clicks Scan, and waits for that scan to finish. */
async function scan(page: Page): Promise<void> {
  await page.waitForSelector("[data-scan-status]:not([data-scan-status=scanning])", { timeout: 60_000 });
  const before = await scansDone(page);
  await pane(page).getByRole("button", { name: "Scan", exact: true }).click();
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector("[data-scans]");
      return !!root && Number(root.getAttribute("data-scans")) > n && root.getAttribute("data-scan-status") === "done";
    },
    before,
    { timeout: 60_000 },
  );
}

async function openView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await pane(page).getByRole("tab", { name: TAB_NAMES[view] }).click();
  await page.locator(`[data-view="${view}"]`).waitFor();
  // Views after the first three load as separate chunks: wait for the view itself, not its spinner.
  await page.locator(`#gc-${view}-heading`).waitFor({ timeout: 15_000 });
}

async function statuses(page: Page): Promise<Record<string, string>> {
  return page.$$eval("[data-check]", (els) => Object.fromEntries(els.map((e) => [e.getAttribute("data-check"), e.getAttribute("data-status")])));
}

async function axeCheck(page: Page, label: string): Promise<string[]> {
  // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, Fluent UI's keyboard
  // navigation) hand focus on at once and are not controls; axe cannot know that.
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`).join(", ")}`);
}

async function shootAllViews(page: Page, theme: string, axeProblems: string[]): Promise<void> {
  for (const view of VIEWS) {
    await openView(page, view);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${view}-${theme}.png`) });
    axeProblems.push(...(await axeCheck(page, `${view} (${theme})`)));
  }
}

async function main(): Promise<number> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const server = await startPlaygroundServer(0);
  const profiles: string[] = [];
  const newProfile = () => {
    const dir = mkdtempSync(join(tmpdir(), "gatecheck-e2e-"));
    profiles.push(dir);
    return dir;
  };
  let passed = 0;
  let failed = 0;
  const sessions: Session[] = [];

  async function runSteps(title: string, steps: Step[]): Promise<void> {
    let broken: string | null = null;
    for (const step of steps) {
      const name = `${title}: ${step.name}`;
      if (broken) {
        failed++;
        process.stderr.write(`✕ ${name} (skipped: ${broken})\n`);
        continue;
      }
      const started = Date.now();
      try {
        await step.run();
        passed++;
        process.stderr.write(`✓ ${name} (${Date.now() - started} ms)\n`);
      } catch (error) {
        failed++;
        if (step.blocking !== false) broken = step.name;
        process.stderr.write(`✕ ${name}\n    ${error instanceof Error ? error.message.split("\n").slice(0, 6).join("\n    ") : String(error)}\n`);
      }
    }
  }

  try {
    // The main flow on the weak sample, light theme.
    let s!: Session;
    let findingTerm = "";
    await runSteps("weak sample", [
      {
        name: "the playground opens with the document and the pane",
        run: async () => {
          s = await openSession(server.url, "?sample=weak", newProfile());
          sessions.push(s);
          expect((await documentArea(s.page).locator("[data-paragraph]").count()) > 10, "the document shows its paragraphs");
          await s.page.screenshot({ path: join(SHOTS, "start-light.png") });
        },
      },
      {
        name: "Scan shows the score and the four checks failing or warning",
        run: async () => {
          await scan(s.page);
          const st = await statuses(s.page);
          expect(Object.keys(st).length === 4, `four checks, got ${JSON.stringify(st)}`);
          expect(Object.values(st).every((x) => x === "fail" || x === "warn"), `every check fails or warns: ${JSON.stringify(st)}`);
          expect(await pane(s.page).getByRole("img", { name: /Commercial score: \d+ out of 100/ }).isVisible(), "score gauge");
          expect((await documentArea(s.page).locator("[data-annotation]").count()) > 0, "findings are marked inline in the document");
        },
      },
      {
        name: "clicking a finding selects it in the document",
        run: async () => {
          await openView(s.page, "findings");
          const card = pane(s.page).getByRole("article").first();
          const select = card.getByRole("button", { name: /^Select in document: / });
          findingTerm = ((await select.getAttribute("aria-label")) ?? "").replace(/^Select in document: /, "");
          await select.click();
          await s.page.waitForFunction(
            (term) => [...document.querySelectorAll("[data-selected]")].map((e) => e.textContent).join("") === term,
            findingTerm,
            { timeout: 10_000 },
          );
        },
      },
      {
        name: "Apply puts the rewrite into the document as a tracked change",
        run: async () => {
          const card = pane(s.page).getByRole("article").filter({ has: s.page.getByRole("button", { name: /^Apply rewrite 1/ }) }).first();
          const term = ((await card.getByRole("button", { name: /^Select in document: / }).getAttribute("aria-label")) ?? "").replace(/^Select in document: /, "");
          const insBefore = await documentArea(s.page).locator("ins").count();
          await card.getByRole("button", { name: /^Apply rewrite 1/ }).click();
          await pane(s.page).getByText("Rewrite applied as a tracked change.").waitFor({ timeout: 10_000 });
          await s.page.waitForFunction((n) => document.querySelectorAll("[role=document] ins").length > n, insBefore, { timeout: 10_000 });
          const deleted = await documentArea(s.page).locator("del").allTextContents();
          expect(deleted.some((d) => d.includes(term) || term.includes(d)), `the replaced words "${term}" show as a tracked deletion`);
        },
      },
      {
        name: "the deemed-acceptance clause inserts as a tracked change",
        run: async () => {
          await scan(s.page);
          await openView(s.page, "clauses");
          const first = pane(s.page).getByRole("radio").first();
          expect((await first.getAttribute("value")) === "deemed-acceptance", "deemed acceptance is the first template");
          expect(await first.isChecked(), "and it is selected");
          await pane(s.page).getByRole("button", { name: "Insert in the best place" }).click();
          await pane(s.page).getByText(/Clause inserted as a tracked change/).waitFor({ timeout: 10_000 });
          await s.page.waitForFunction(() => [...document.querySelectorAll("[role=document] ins")].some((e) => /deemed accepted/i.test(e.textContent ?? "")), undefined, {
            timeout: 10_000,
          });
        },
      },
      {
        name: "a re-scan shows risk mitigation passing",
        blocking: false,
        run: async () => {
          await scan(s.page);
          await openView(s.page, "overview");
          const st = await statuses(s.page);
          expect(st["risk-mitigation"] === "pass", `risk mitigation passes: ${JSON.stringify(st)}`);
        },
      },
      {
        name: "Export JSON downloads the report in the CLI's schema",
        run: async () => {
          await openView(s.page, "export");
          const [download] = await Promise.all([s.page.waitForEvent("download"), pane(s.page).getByRole("button", { name: "Download JSON" }).click()]);
          expect(download.suggestedFilename().endsWith("-gatecheck.json"), `file name ${download.suggestedFilename()}`);
          const path = await download.path();
          const report = JSON.parse(readFileSync(path, "utf8")) as unknown;
          const problems = checkReportSchema(report);
          expect(problems.length === 0, `schema: ${problems.join("; ")}`);
        },
      },
      {
        name: "every view passes axe (no serious or critical violations) and is photographed, light",
        blocking: false,
        run: async () => {
          const problems: string[] = [];
          await shootAllViews(s.page, "light", problems);
          expect(problems.length === 0, problems.join("\n"));
        },
      },
      {
        name: "keyboard only: Tab reaches Scan and Enter runs it",
        run: async () => {
          await s.page.keyboard.press("Escape");
          await pane(s.page).getByRole("button", { name: "Scan", exact: true }).focus();
          await s.page.keyboard.press("Enter");
          await s.page.waitForFunction(() => !document.querySelector("[role=progressbar]"), undefined, { timeout: 60_000 });
          await s.page.keyboard.press("Tab");
          const focused = await s.page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName ?? "");
          expect(focused !== "" && focused !== "BODY", `focus moved to a control (${focused})`);
        },
      },
      {
        name: "typing in the document re-scans by itself after a pause",
        blocking: false,
        run: async () => {
          await s.page.waitForSelector("[data-scan-status]:not([data-scan-status=scanning])", { timeout: 60_000 });
          // The adapter treats change events within a second of its own writes (marks) as its own.
          await s.page.waitForTimeout(1500);
          const before = await scansDone(s.page);
          const target = documentArea(s.page).locator("p[data-paragraph] > [data-seg]").nth(3);
          await target.click();
          await documentArea(s.page).locator("[data-caret], [data-selected]").first().waitFor({ timeout: 5_000 });
          await s.page.keyboard.type(" promptly");
          await s.page.waitForFunction((n) => Number(document.querySelector("[data-scans]")?.getAttribute("data-scans")) > n, before, { timeout: 20_000 });
        },
      },
      {
        name: "the page made no request outside its own origin and threw no errors",
        run: async () => {
          expect(s.outside.length === 0, `outside requests: ${s.outside.join(", ")}`);
          expect(s.pageErrors.length === 0, `page errors: ${s.pageErrors.join("; ")}`);
        },
      },
    ]);

    // The redlined sample: review -> counter -> re-scan.
    let r!: Session;
    await runSteps("redlined sample", [
      {
        name: "the Redlines view summarises client changes by effect",
        run: async () => {
          r = await openSession(server.url, "?sample=redlined", newProfile());
          sessions.push(r);
          await scan(r.page);
          await openView(r.page, "redlines");
          const summary = (await pane(r.page).locator("[data-summary]").textContent()) ?? "";
          expect(/^\d+ client changes?: \d+ weakens?, \d+ strengthens?$/.test(summary), `summary line: "${summary}"`);
          expect((await pane(r.page).locator("article[data-effect=weakens]").count()) > 0, "at least one weakening change");
          await r.page.screenshot({ path: join(SHOTS, "redlines-review-light.png") });
        },
      },
      {
        name: "Counter rejects the client's change and inserts our wording as our tracked change",
        run: async () => {
          const card = pane(r.page).locator("article[data-effect=weakens]").first();
          const countered = (await card.locator("dd").nth(1).textContent()) ?? "";
          await card.getByRole("button", { name: "Counter" }).click();
          const box = card.getByRole("textbox", { name: "Our wording" });
          if (((await box.inputValue()) ?? "").trim() === "") await box.fill("within five (5) Business Days");
          const ourText = (await box.inputValue()).trim();
          await card.getByRole("button", { name: "Reject and insert our wording" }).click();
          await pane(r.page).getByText("Done.").waitFor({ timeout: 10_000 });
          await r.page.waitForFunction(
            (text) => [...document.querySelectorAll("[role=document] ins")].some((e) => e.getAttribute("data-author") === "You (Vendor)" && (e.textContent ?? "").length > 0 && text.includes(e.textContent ?? "")),
            ourText,
            { timeout: 10_000 },
          );
          await scan(r.page);
          await openView(r.page, "redlines");
          const remaining = await pane(r.page).locator("article[data-effect=weakens] dd:nth-of-type(2)").allTextContents();
          expect(!remaining.includes(countered), `the countered change ("${countered}") is no longer listed as weakening`);
          expect(r.outside.length === 0, `outside requests: ${r.outside.join(", ")}`);
        },
      },
    ]);

    // Dark theme: every view photographed and checked.
    let d!: Session;
    await runSteps("dark theme", [
      {
        name: "every view passes axe and is photographed, dark",
        run: async () => {
          d = await openSession(server.url, "?sample=weak&theme=dark", newProfile());
          sessions.push(d);
          await d.page.screenshot({ path: join(SHOTS, "start-dark.png") });
          await scan(d.page);
          const problems: string[] = [];
          await shootAllViews(d.page, "dark", problems);
          expect(problems.length === 0, problems.join("\n"));
          expect(d.outside.length === 0, `outside requests: ${d.outside.join(", ")}`);
        },
      },
    ]);
  } finally {
    await Promise.all(sessions.map((x) => x.context.close().catch(() => undefined)));
    await server.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write("0 passed, 1 failed\n");
    process.exit(1);
  },
);
