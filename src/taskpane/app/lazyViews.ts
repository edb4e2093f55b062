// The views not needed for the first paint load as separate chunks, right after start-up (so a
// tab switch finds them ready); this keeps the pane's initial JavaScript small.
import { lazy } from "react";

const loaders = {
  clauses: () => import("../clauses/ClausesView.js").then((m) => ({ default: m.ClausesView })),
  redlines: () => import("../redlines/RedlinesView.js").then((m) => ({ default: m.RedlinesView })),
  settings: () => import("../settings/SettingsView.js").then((m) => ({ default: m.SettingsView })),
  export: () => import("../export/ExportView.js").then((m) => ({ default: m.ExportView })),
};

export const LazyClausesView = lazy(loaders.clauses);
export const LazyRedlinesView = lazy(loaders.redlines);
export const LazySettingsView = lazy(loaders.settings);
export const LazyExportView = lazy(loaders.export);

/** Starts loading every lazy view; failures surface later, when the view is opened. */
export function preloadViews(): void {
  for (const load of Object.values(loaders)) load().catch(() => undefined);
}
