// Requirement sets are read once after Office.onReady; each feature says whether it is available
// and, when not, why (a message key plus the set it needs) so the pane can explain it.
import type { WordHost } from "./host";
import { asOwnWrite } from "./session";

export type Feature =
  | "annotations"
  | "highlight"
  | "highlightColor"
  | "comments"
  | "trackingMode"
  | "trackedChanges"
  | "reviewedText"
  | "paragraphChangedEvent"
  | "uniqueLocalId"
  | "settings";

export interface FeatureState {
  available: boolean;
  /** The requirement set the feature needs, e.g. "WordApi 1.8". */
  requires: string;
  /** Message key when unavailable: "capability.missingSet" or "capability.annotationsFailed". */
  reason?: "capability.missingSet" | "capability.annotationsFailed";
}

export interface Capabilities {
  /** Every probed set ("WordApi 1.3" ... "WordApiDesktop 1.1") and whether the host reports it. */
  sets: Record<string, boolean>;
  features: Record<Feature, FeatureState>;
}

const WORD_API_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

/** The set each feature needs (DESIGN.md "Word integration rules"). */
const FEATURE_SETS: Record<Feature, [string, string]> = {
  annotations: ["WordApi", "1.8"], // critiques 1.7, popup suggestions and actions 1.8
  highlight: ["WordApi", "1.8"],
  highlightColor: ["WordApi", "1.1"],
  comments: ["WordApi", "1.4"],
  trackingMode: ["WordApi", "1.4"],
  trackedChanges: ["WordApi", "1.6"],
  reviewedText: ["WordApi", "1.4"],
  paragraphChangedEvent: ["WordApi", "1.6"],
  uniqueLocalId: ["WordApi", "1.6"],
  settings: ["WordApi", "1.4"],
};

function safeIsSupported(host: WordHost, name: string, version: string): boolean {
  try {
    return host.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Reads the requirement sets (no Word round trip). */
export function detectCapabilities(host: WordHost): Capabilities {
  const sets: Record<string, boolean> = {};
  for (const version of WORD_API_VERSIONS) {
    sets[`WordApi ${version}`] = safeIsSupported(host, "WordApi", version);
  }
  sets["WordApiDesktop 1.1"] = safeIsSupported(host, "WordApiDesktop", "1.1");
  const features = {} as Record<Feature, FeatureState>;
  for (const feature of Object.keys(FEATURE_SETS) as Feature[]) {
    const [name, version] = FEATURE_SETS[feature];
    const requires = `${name} ${version}`;
    const available = sets[requires] ?? safeIsSupported(host, name, version);
    features[feature] = available ? { available, requires } : { available, requires, reason: "capability.missingSet" };
  }
  return { sets, features };
}

/** Returns a copy of `caps` with annotations marked unavailable because the run-time probe failed. */
export function withAnnotationsProbe(caps: Capabilities, works: boolean): Capabilities {
  if (works || !caps.features.annotations.available) return caps;
  return {
    ...caps,
    features: {
      ...caps.features,
      annotations: { available: false, requires: caps.features.annotations.requires, reason: "capability.annotationsFailed" },
    },
  };
}

const PROBE_SCAN = 10;

/**
 * Perpetual-licence Word reports WordApi 1.7/1.8 and then fails on annotations, so this inserts one
 * critique on the first non-empty paragraph among the first few (loaded with $top) and deletes it again. Resolves false
 * when the set is missing or the call fails; true when no paragraph has text (nothing to probe on,
 * and markFindings falls back by itself if the write fails later).
 */
export async function probeAnnotations(host: WordHost): Promise<boolean> {
  if (!safeIsSupported(host, "WordApi", "1.8")) return false;
  try {
    return await asOwnWrite(host, () => host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ text: true, $top: PROBE_SCAN });
      await context.sync();
      const target = paragraphs.items.slice(0, PROBE_SCAN).find((p) => p.text.length > 0);
      if (!target) return true;
      const ids = target.insertAnnotations({ critiques: [{ start: 0, length: 1, colorScheme: "Blue" }] });
      await context.sync();
      const existing = target.getAnnotations();
      existing.load("id");
      await context.sync();
      existing.items.filter((a) => ids.value.includes(a.id)).forEach((a) => a.delete());
      await context.sync();
      return true;
    }));
  } catch {
    return false;
  }
}
