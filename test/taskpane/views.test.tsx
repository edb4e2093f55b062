/** @jest-environment jsdom */
import "./dom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { ClausesView } from "../../src/taskpane/clauses/ClausesView";
import { bestPlace, galleryOf } from "../../src/taskpane/clauses/model";
import { ExportView } from "../../src/taskpane/export/ExportView";
import { reportFileName } from "../../src/taskpane/export/download";
import { createI18n } from "../../src/taskpane/i18n";
import { RedlinesView } from "../../src/taskpane/redlines/RedlinesView";
import { DEFAULT_PREFS, DEFAULT_TEAM_RULES, type Settings, type TemplateInsert } from "../../src/taskpane/service";
import { parseTerms, SettingsView } from "../../src/taskpane/settings/SettingsView";
import { anchor, fullCapabilities, sampleAnalysis, weakRedline } from "./fixtures";

function wrap(node: ReactNode, language: "en" | "pt-BR" = "en") {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
    </I18nextProvider>,
  );
}

const analysis = sampleAnalysis({
  clauses: [
    { paragraph: 4, kinds: ["acceptance"], trigger: null, binaryGate: false },
    { paragraph: 7, kinds: ["payment"], trigger: "milestone", binaryGate: null },
  ],
});

describe("Clauses", () => {
  test("deemed acceptance comes first, pre-filled from the document, and inserts after the last acceptance clause", () => {
    expect(galleryOf(analysis)[0]!.id).toBe("deemed-acceptance");
    expect(bestPlace("deemed-acceptance", analysis)).toBe(4);
    expect(bestPlace("milestone-payment-schedule", analysis)).toBe(7);
    const inserted: TemplateInsert[] = [];
    wrap(<ClausesView analysis={analysis} canInsert busy={false} onInsert={(i) => inserted.push(i)} />);
    expect((screen.getAllByRole("radio")[0] as HTMLInputElement).checked).toBe(true);
    const days = screen.getByRole("spinbutton", { name: /Review period/ });
    expect((days as HTMLInputElement).value).toBe("5");
    fireEvent.change(days, { target: { value: "7" } });
    expect(screen.getByText(/seven \(7\) Business Days/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Insert in the best place" }));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatchObject({ tag: "deemed-acceptance", where: "best", after: 4 });
    expect(inserted[0]!.paragraphs.join(" ")).toMatch(/seven \(7\) Business Days/);
  });

  test("insert buttons are disabled when the host cannot track edits", () => {
    wrap(<ClausesView analysis={analysis} canInsert={false} busy={false} onInsert={() => undefined} />);
    expect((screen.getByRole("button", { name: "Insert at cursor" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("Redlines", () => {
  const strong = { ...weakRedline, effect: "strengthens" as const, revisionIds: ["r2"], author: "Client PM", reason: "Adds a review period." };
  const neutral = { ...weakRedline, effect: "neutral" as const, revisionIds: ["r3"], reason: "Formatting." };
  const weak2 = { ...weakRedline, revisionIds: ["r4"], before: "5 business days", after: "30 business days", type: "replacement" as const };

  test("summary line, groups by effect, and counter with our wording", () => {
    const calls: string[] = [];
    wrap(
      <RedlinesView
        redlines={[neutral, weakRedline, strong, weak2]}
        canDecide
        busy={false}
        onSelect={(a) => calls.push(`select:${a.paragraph}`)}
        onAccept={() => calls.push("accept")}
        onReject={() => calls.push("reject")}
        onCounter={(_r, text) => calls.push(`counter:${text}`)}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("4 client changes: 2 weaken, 1 strengthens");
    const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(["Weakens (2)", "Strengthens (1)", "Neutral (1)"]);
    const card = screen.getAllByRole("article", { name: /Replacement/ })[0]!;
    fireEvent.click(within(card).getByRole("button", { name: "Counter" }));
    const box = within(card).getByRole("textbox", { name: "Our wording" });
    expect((box as HTMLTextAreaElement).value).toBe("5 business days");
    fireEvent.click(within(card).getByRole("button", { name: "Reject and insert our wording" }));
    fireEvent.click(within(card).getByRole("button", { name: /Go to change by/ }));
    expect(calls).toEqual(["counter:5 business days", "select:5"]);
  });

  test("one change reads in the singular; Portuguese plural forms", () => {
    wrap(<RedlinesView redlines={[strong]} canDecide busy={false} onSelect={() => undefined} onAccept={() => undefined} onReject={() => undefined} onCounter={() => undefined} />);
    expect(screen.getByRole("status").textContent).toBe("1 client change: 0 weaken, 1 strengthens");
  });

  test("Accept and Reject are disabled with an explanation on hosts without tracked-change APIs", () => {
    wrap(<RedlinesView redlines={[weakRedline]} canDecide={false} busy={false} onSelect={() => undefined} onAccept={() => undefined} onReject={() => undefined} onCounter={() => undefined} />, "pt-BR");
    expect(screen.getByText(/requer WordApi 1.6/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Aceitar" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toBe("1 alteração do cliente: 1 enfraquece, 0 fortalece");
  });
});

describe("Settings", () => {
  function renderSettings(settings: Settings, markStyles = fullCapabilities.markStyles) {
    const teams: Settings["team"][] = [];
    const prefs: Settings["personal"][] = [];
    wrap(
      <SettingsView
        settings={settings}
        capabilities={{ ...fullCapabilities, markStyles }}
        rules={["soft-timing", "subjective-approval"]}
        onTeam={(c) => teams.push(c(settings.team))}
        onPersonal={(c) => prefs.push(c(settings.personal))}
      />,
    );
    return { teams, prefs };
  }

  test("categories, single rules, minimum severity and terms change the team rules", () => {
    const { teams } = renderSettings({ team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS });
    fireEvent.click(screen.getByRole("checkbox", { name: "Soft timing" }));
    fireEvent.click(screen.getByRole("switch", { name: "subjective-approval" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Minimum severity" }), { target: { value: "high" } });
    const terms = screen.getByRole("textbox", { name: /Custom terms/ });
    fireEvent.change(terms, { target: { value: "fit for purpose\n\n fit for purpose \nto our liking" } });
    fireEvent.blur(terms);
    expect(teams.map((t) => [t.disabledCategories, t.disabledRules, t.minSeverity, t.customTerms])).toEqual([
      [["soft-timing"], [], "low", []],
      [[], ["subjective-approval"], "low", []],
      [[], [], "high", []],
      [[], [], "low", ["fit for purpose", "to our liking"]],
    ]);
  });

  test("mark styles the host lacks are disabled and say why", () => {
    const { prefs } = renderSettings({ team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS }, ["highlightColor", "comments"]);
    const annotations = screen.getByRole("radio", { name: /Inline marks with suggestions \(not available/ }) as HTMLInputElement;
    expect(annotations.disabled).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Comments" }));
    expect(prefs.at(-1)?.markStyle).toBe("comments");
  });

  test("parseTerms trims, drops blanks and duplicates", () => {
    expect(parseTerms(" a \n\nb\na")).toEqual(["a", "b"]);
  });
});

test("Export offers the three formats, only after a scan", () => {
  const formats: string[] = [];
  const { rerender } = wrap(<ExportView ready={false} busy={false} onExport={(f) => formats.push(f)} />);
  expect((screen.getByRole("button", { name: "Download JSON" }) as HTMLButtonElement).disabled).toBe(true);
  rerender(
    <I18nextProvider i18n={createI18n("en")}>
      <FluentProvider theme={webLightTheme}>
        <ExportView ready busy={false} onExport={(f) => formats.push(f)} />
      </FluentProvider>
    </I18nextProvider>,
  );
  for (const name of ["Download Markdown", "Download HTML", "Download JSON"]) fireEvent.click(screen.getByRole("button", { name }));
  expect(formats).toEqual(["markdown", "html", "json"]);
  expect(reportFileName("Weak SOW.docx", "json")).toBe("Weak SOW-gatecheck.json");
  expect(reportFileName(undefined, "markdown")).toBe("document-gatecheck.md");
  expect(anchor(1, 2, "ab").end).toBe(4);
});
