/** @jest-environment jsdom */
import "./dom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Root } from "../../src/taskpane/app/Root";
import { RESCAN_DELAY_MS } from "../../src/taskpane/app/useScan";
import { DEFAULT_PREFS, DEFAULT_TEAM_RULES } from "../../src/taskpane/service";
import { approvalFinding, fakeService, fullCapabilities } from "./fixtures";

function renderPane(fake = fakeService(), language: "en" | "pt-BR" = "en") {
  render(<Root service={fake.service} hostLanguage={language} theme="light" />);
  return fake;
}

async function scanned(fake = fakeService()) {
  renderPane(fake);
  fireEvent.click(await screen.findByRole("button", { name: "Scan" }));
  await screen.findByText("Commercial score");
  return fake;
}

test("before a scan the pane invites one and states that nothing leaves the machine", async () => {
  renderPane();
  expect(await screen.findByRole("button", { name: "Scan" })).toBeTruthy();
  expect(screen.getByText(/nothing leaves it/)).toBeTruthy();
  expect(screen.getByText(/Scan the document to see/)).toBeTruthy();
});

test("Overview shows the score, the four checks and selects evidence in the document", async () => {
  const fake = await scanned();
  expect(screen.getByRole("img", { name: /35 out of 100/ })).toBeTruthy();
  for (const name of ["Binary definition: Fail", "Financial alignment: Warning", "Risk mitigation: Fail", "Dependency mapping: Pass"]) {
    expect(screen.getByRole("listitem", { name })).toBeTruthy();
  }
  fireEvent.click(screen.getByRole("button", { name: /Select in document: Client shall provide/ }));
  await waitFor(() => expect(fake.calls.navigated).toEqual([{ paragraph: 10, start: 0, end: 20, text: "Client shall provide" }]));
});

test("Findings: editing a slot changes what Apply inserts", async () => {
  const fake = await scanned();
  fireEvent.click(screen.getByRole("tab", { name: /Findings/ }));
  const card = screen.getByRole("article", { name: /to the Client's satisfaction/ });
  fireEvent.change(within(card).getByRole("textbox", { name: "days (rewrite 1)" }), { target: { value: "10" } });
  fireEvent.click(within(card).getByRole("button", { name: "Apply rewrite 1 as a tracked change" }));
  await waitFor(() =>
    expect(fake.calls.applied).toEqual([
      { id: approvalFinding.id, text: "when the Client signs the acceptance certificate within 10 business days" },
    ]),
  );
  expect(await screen.findByText("Rewrite applied as a tracked change.")).toBeTruthy();
});

test("Findings: ignore here and ignore term hide findings, save team rules, and can be restored", async () => {
  const fake = await scanned();
  fireEvent.click(screen.getByRole("tab", { name: /Findings/ }));
  expect(screen.getAllByRole("article")).toHaveLength(3);
  fireEvent.click(within(screen.getByRole("article", { name: /satisfaction/ })).getByRole("button", { name: "Ignore here" }));
  fireEvent.click(within(screen.getByRole("article", { name: /promptly/ })).getByRole("button", { name: "Ignore “promptly” in this document" }));
  expect(screen.getAllByRole("article")).toHaveLength(1);
  const last = fake.calls.saved.at(-1)!;
  expect(last.team.ignoredTerms).toEqual(["promptly"]);
  expect(last.team.ignoredFindings.map((i) => i.id)).toEqual([approvalFinding.id]);
  // The document is re-marked without the ignored findings.
  await waitFor(() => expect(fake.calls.marked.at(-1)?.ids).toEqual(["effort:9:0"]));
  fireEvent.click(screen.getByRole("button", { name: "Restore “promptly”" }));
  expect(screen.getAllByRole("article")).toHaveLength(2);
});

test("Findings filter narrows the list", async () => {
  await scanned();
  fireEvent.click(screen.getByRole("tab", { name: /Findings/ }));
  fireEvent.change(screen.getByRole("searchbox", { name: "Filter findings" }), { target: { value: "best" } });
  expect(screen.getAllByRole("article")).toHaveLength(1);
});

test("Apply is disabled and the reason shown when the host cannot track edits", async () => {
  await scanned(fakeService({ capabilities: { ...fullCapabilities, trackEdits: false } }));
  expect(screen.getByText(/cannot record edits as tracked changes/)).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: /Findings/ }));
  const apply = within(screen.getByRole("article", { name: /satisfaction/ })).getByRole("button", { name: "Apply rewrite 1 as a tracked change" });
  expect((apply as HTMLButtonElement).disabled).toBe(true);
});

test("a scan shows progress and can be cancelled", async () => {
  const fake = fakeService();
  fake.holdScans();
  renderPane(fake);
  fireEvent.click(await screen.findByRole("button", { name: "Scan" }));
  expect(await screen.findByRole("progressbar", { name: "Scan progress" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Cancel scan" }));
  expect(await screen.findByText("Scan cancelled. The document was not changed.")).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("an edit after a scan triggers one debounced re-scan", async () => {
  jest.useFakeTimers();
  try {
    const fake = await scanned();
    expect(fake.calls.scans).toHaveLength(1);
    act(() => {
      fake.emitChange();
      fake.emitChange();
    });
    expect(screen.getByText(/The document changed since the last scan/)).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(RESCAN_DELAY_MS + 10);
    });
    expect(fake.calls.scans).toHaveLength(2);
  } finally {
    jest.useRealTimers();
  }
});

test("a suggestion picked in an inline mark's pop-up is confirmed and triggers a re-scan", async () => {
  const fake = await scanned();
  act(() => fake.emitMarkAction(approvalFinding.id, 0));
  expect(await screen.findByText("Rewrite applied as a tracked change.")).toBeTruthy();
  await waitFor(() => expect(fake.calls.scans).toHaveLength(2));
});

test("Milestones table lists gates, totals and mismatches", async () => {
  await scanned();
  fireEvent.click(screen.getByRole("tab", { name: "Milestones" }));
  const table = screen.getByRole("table", { name: "Milestones" });
  expect(within(table).getAllByRole("row")).toHaveLength(4); // head, 2 milestones, total
  expect(within(table).getByText("90%")).toBeTruthy();
  expect(screen.getByText(/sum to 90%, not 100%/)).toBeTruthy();
  expect(screen.getByText("Time-based")).toBeTruthy();
});

test("Portuguese strings come from the pt-BR bundle", async () => {
  renderPane(fakeService({ settings: { team: DEFAULT_TEAM_RULES, personal: { ...DEFAULT_PREFS, language: "auto" } } }), "pt-BR");
  expect(await screen.findByRole("button", { name: "Analisar" })).toBeTruthy();
  expect(screen.getByText(/nada sai dele/)).toBeTruthy();
});
