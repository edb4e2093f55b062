// Playground entry: waits for office.js (served from this origin; outside Office it resolves with
// no host), then renders the simulated document beside the real pane.
import { createRoot } from "react-dom/client";
import { pickTheme } from "../taskpane/theme";
import { Playground } from "./Playground";

function officeReady(): Promise<void> {
  if (typeof Office === "undefined") return Promise.resolve();
  return Office.onReady().then(() => undefined);
}

void officeReady().then(() => {
  const params = new URLSearchParams(window.location.search);
  const theme = pickTheme({
    param: params.get("theme"),
    prefersDark: window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
  });
  document.documentElement.style.colorScheme = theme;
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<Playground initialSample={params.get("sample")} theme={theme} />);
});
