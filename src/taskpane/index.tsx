// Task pane entry (taskpane.html). Office.onReady first; then the pane is wired to Word through the
// Office adapter. Outside Word (the page opened in a browser) it says where to use it instead.
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../office/office-host";
import { Root } from "./app/Root";
import { createWorkerRunner } from "./engine/runner";
import { pickLanguage } from "./i18n";
import { documentSettingsStore, localSettingsStore } from "./settings-store";
import { pickTheme } from "./theme";
import { createWordService } from "./word-service";

declare global {
  interface Window {
    /** Set by legacy-check.js on Internet Explorer's engine. */
    gatecheckTooOld?: boolean;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function start(info: { host: Office.HostType | null }): void {
  const root = document.getElementById("root");
  if (!root || window.gatecheckTooOld) return;
  const inWord = info.host === Office.HostType.Word;
  if (!inWord) {
    root.textContent = "Gatecheck runs inside Microsoft Word. To try it without Word, run `npm run playground`.";
    return;
  }
  const docSettings = Office.context.document?.settings;
  const settings = docSettings
    ? documentSettingsStore(
        {
          get: (name) => docSettings.get(name) as unknown,
          set: (name, value) => docSettings.set(name, value),
          saveAsync: (done) => docSettings.saveAsync((r) => done?.({ status: String(r.status), ...(r.error ? { error: { message: r.error.message } } : {}) })),
        },
        storage(),
      )
    : localSettingsStore(storage(), Office.context.document?.url ?? "document");
  const service = createWordService(createOfficeHost(), {
    inWord,
    runner: createWorkerRunner("engine-worker.js"),
    settings,
  });
  const theme = pickTheme({
    officeBackground: Office.context.officeTheme?.bodyBackgroundColor ?? null,
    prefersDark: window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
  });
  createRoot(root).render(<Root service={service} hostLanguage={pickLanguage(Office.context.displayLanguage)} theme={theme} />);
}

if (!window.gatecheckTooOld) void Office.onReady(start);
