// The pane's views in tab order, and the shape of the context a view renderer receives.
import type { ReactNode } from "react";
import type { Anchor } from "../../engine/model";
import type { Analysis } from "../../engine/types";
import type { GatecheckService, HostCapabilities, Settings, TeamRules } from "../service";

export const PANE_VIEWS = ["overview", "findings", "milestones", "clauses", "redlines", "settings", "export"] as const;
export type PaneView = (typeof PANE_VIEWS)[number];

export interface ViewContext {
  service: GatecheckService;
  analysis: Analysis | null;
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
  changeTeam: (change: (team: TeamRules) => TeamRules) => void;
  capabilities: HostCapabilities | null;
  busy: boolean;
  /** Runs a document action with the busy flag, reporting success or a translated error. */
  run: (action: () => Promise<void>, success?: string) => Promise<void>;
  select: (anchor: Anchor) => void;
  locale: string;
  notify: (notice: { intent: "success" | "error" | "info" | "warning"; text: string } | null) => void;
}

export type ViewRenderers = Partial<Record<PaneView, (context: ViewContext) => ReactNode>>;
