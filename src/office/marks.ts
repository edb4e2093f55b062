// Marks findings in the document with the best mark the host offers, and clears them again.
// Constant syncs whatever the number of findings: one read (fresh texts + one search per distinct
// literal), one write. Annotations and the temporary highlight change nothing in the file; the
// highlight colour and comments do, so each range's own colour is remembered and restored exactly.
import type { DocModel } from "../engine/model";
import type { Finding, Severity } from "../engine/types";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { OfficeActionError, toActionError, type OfficeMessageKey } from "./errors";
import type { WordHost } from "./host";
import { anchorRequest, queueLocate, recordRequest, type SkipReason } from "./locate";
import { asOwnWrite, sessionOf, type ColourRecord } from "./session";

export type MarkStrategy = "annotations" | "highlight" | "highlightColor" | "comments";

/** Manifest string resources the critique pop-up shows (ids of <bt:String> in manifest.xml). */
export interface CritiqueResources {
  brandingTextResourceId: string;
  titleResourceId: string;
  subtitleResourceId: string;
}

export const DEFAULT_CRITIQUE_RESOURCES: CritiqueResources = {
  brandingTextResourceId: "Critique.Branding",
  titleResourceId: "Critique.Title",
  subtitleResourceId: "Critique.Subtitle",
};

export interface MarkOptions {
  resources?: CritiqueResources;
  /** When annotations fail at run time, fall back to the next strategy (default true). */
  fallback?: boolean;
  /** Builds a comment's text (default: the message and the rewrites). */
  commentText?: (finding: Finding) => string;
}

export type MarkSkipReason = SkipReason | "overlap";

export interface MarkResult {
  /** The strategy actually used (differs from `requested` after a fallback). */
  strategy: MarkStrategy;
  requested: MarkStrategy;
  /** Why the requested strategy was abandoned, when it was. */
  fallbackReason?: OfficeMessageKey | "capability.annotationsFailed";
  /** Ids of the findings marked. */
  marked: string[];
  skipped: { findingId: string; reason: MarkSkipReason }[];
  /** Annotation id -> finding id (annotations only), to resolve pop-up actions. */
  annotations: Record<string, string>;
  /** True when the document tracks changes, so a highlight colour shows as a formatting revision. */
  formattingRevisions: boolean;
}

export interface ClearResult {
  strategy: MarkStrategy;
  cleared: number;
  /** Marks left alone because the text moved or the user changed the colour since. */
  kept: number;
}

export const SETTINGS_KEY = "gatecheck.highlightColours";
export const COMMENT_PREFIX = "Gatecheck: ";

const ANNOTATION_COLOUR: Record<Severity, Word.Critique["colorScheme"]> = { high: "Red", medium: "Berry", low: "Blue" };
const HIGHLIGHT_COLOUR: Record<Severity, string> = { high: "Pink", medium: "Yellow", low: "Turquoise" };
const COLOUR_HEX: Record<string, string> = { pink: "#FF00FF", yellow: "#FFFF00", turquoise: "#00FFFF" };

function sameColour(a: string | null, b: string): boolean {
  if (a === null) return false;
  const norm = (c: string) => (COLOUR_HEX[c.toLowerCase()] ?? c).toUpperCase();
  return norm(a) === norm(b);
}

const STRATEGY_FEATURE: Record<MarkStrategy, keyof Capabilities["features"]> = {
  annotations: "annotations",
  highlight: "highlight",
  highlightColor: "highlightColor",
  comments: "comments",
};

export function defaultCommentText(finding: Finding): string {
  const rewrites = finding.suggestions.slice(0, 3).map((s) => `\n• ${s.text}`).join("");
  return `${COMMENT_PREFIX}${finding.message}${rewrites}`;
}

function requireStrategy(caps: Capabilities, strategy: MarkStrategy): void {
  const state = caps.features[STRATEGY_FEATURE[strategy]];
  if (!state.available) throw new OfficeActionError("error.unsupported", `${strategy} needs ${state.requires}`);
}

/** The next strategy to try when annotations fail at run time. */
function fallbackFor(caps: Capabilities): "highlight" | "highlightColor" {
  return caps.features.highlight.available ? "highlight" : "highlightColor";
}

export async function markFindings(
  host: WordHost,
  doc: DocModel,
  findings: Finding[],
  strategy: MarkStrategy,
  options: MarkOptions = {},
): Promise<MarkResult> {
  const caps = detectCapabilities(host);
  requireStrategy(caps, strategy);
  if (hasMarks(host, strategy)) await clearMarks(host, strategy);
  if (strategy !== "annotations") return markByRanges(host, doc, findings, strategy, options, caps);
  try {
    return await markWithAnnotations(host, doc, findings, options);
  } catch (error) {
    const failure = toActionError(error);
    if (failure.key === "error.protected" || options.fallback === false) throw failure;
    const next = fallbackFor(caps);
    const result = await markByRanges(host, doc, findings, next, options, caps);
    return { ...result, requested: "annotations", fallbackReason: "capability.annotationsFailed" };
  }
}

function hasMarks(host: WordHost, strategy: MarkStrategy): boolean {
  const s = sessionOf(host);
  if (strategy === "annotations") return s.annotations.size > 0;
  if (strategy === "highlight") return s.temporaryHighlight;
  if (strategy === "highlightColor") return s.colours.length > 0;
  return false; // shared comments stay until the user clears them explicitly
}

async function markWithAnnotations(host: WordHost, doc: DocModel, findings: Finding[], options: MarkOptions): Promise<MarkResult> {
  const session = sessionOf(host);
  const info = session.reads.get(doc);
  const resources = options.resources ?? DEFAULT_CRITIQUE_RESOURCES;
  const skipped: MarkResult["skipped"] = [];
  const result = await asOwnWrite(host, () =>
    host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const byParagraph = new Map<number, { finding: Finding; critique: Word.Critique }[]>();
      const ordered = [...findings].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
      for (const finding of ordered) {
        const request = anchorRequest(doc, info, finding.anchor);
        const fresh = paragraphs.items[finding.anchor.paragraph]?.text;
        const span = request && fresh !== undefined ? request.spanIn(fresh) : null;
        if (!span) {
          skipped.push({ findingId: finding.id, reason: "staleAnchor" });
          continue;
        }
        const list = byParagraph.get(finding.anchor.paragraph) ?? [];
        const previous = list[list.length - 1];
        if (previous && previous.critique.start + previous.critique.length > span.start) {
          skipped.push({ findingId: finding.id, reason: "overlap" });
          continue;
        }
        list.push({
          finding,
          critique: {
            start: span.start,
            length: span.end - span.start,
            colorScheme: ANNOTATION_COLOUR[finding.severity],
            popupOptions: { ...resources, suggestions: finding.suggestions.slice(0, 3).map((s) => s.text) },
          },
        });
        byParagraph.set(finding.anchor.paragraph, list);
      }
      const inserted = [...byParagraph].map(([p, list]) => ({
        paragraph: p,
        list,
        ids: paragraphs.items[p]!.insertAnnotations({ critiques: list.map((x) => x.critique) }),
      }));
      await context.sync();
      const annotations: Record<string, string> = {};
      for (const { paragraph, list, ids } of inserted) {
        ids.value.forEach((id, i) => {
          annotations[id] = list[i]!.finding.id;
          session.annotations.set(id, paragraph);
          session.suggestions.set(id, list[i]!.critique.popupOptions?.suggestions ?? []);
        });
      }
      return annotations;
    }),
  );
  return {
    strategy: "annotations",
    requested: "annotations",
    marked: Object.values(result),
    skipped,
    annotations: result,
    formattingRevisions: false,
  };
}

async function markByRanges(
  host: WordHost,
  doc: DocModel,
  findings: Finding[],
  strategy: Exclude<MarkStrategy, "annotations">,
  options: MarkOptions,
  caps: Capabilities,
): Promise<MarkResult> {
  requireStrategy(caps, strategy);
  const session = sessionOf(host);
  const info = session.reads.get(doc);
  const commentText = options.commentText ?? defaultCommentText;
  const skipped: MarkResult["skipped"] = [];
  const marked: string[] = [];
  const colours: ColourRecord[] = [];
  let tracking = false;
  const commentIds = await guardedWrite(host, () =>
    host.run(async (context) => {
      const located = queueLocate(
        context,
        findings.map((f) => anchorRequest(doc, info, f.anchor)),
        { loadHighlight: strategy === "highlightColor" },
      );
      const document = caps.features.trackingMode.available && strategy !== "highlight" ? context.document : null;
      document?.load("changeTrackingMode");
      await context.sync();
      tracking = document ? document.changeTrackingMode !== "Off" : false;
      const outcomes = located.resolve();
      const comments: Word.Comment[] = [];
      outcomes.forEach((outcome, i) => {
        const finding = findings[i]!;
        if (!outcome.ok) {
          skipped.push({ findingId: finding.id, reason: outcome.reason });
          return;
        }
        if (strategy === "highlight") outcome.range.highlight();
        else if (strategy === "comments") comments.push(outcome.range.insertComment(commentText(finding)));
        else {
          if (outcome.highlight === "") {
            skipped.push({ findingId: finding.id, reason: "mixedHighlight" });
            return;
          }
          const applied = HIGHLIGHT_COLOUR[finding.severity];
          outcome.range.font.highlightColor = applied;
          colours.push({
            findingId: finding.id,
            paragraph: finding.anchor.paragraph,
            rawStart: outcome.rawStart,
            rawEnd: outcome.rawEnd,
            literal: outcome.literal,
            previous: outcome.highlight ?? null,
            applied,
          });
        }
        marked.push(finding.id);
      });
      comments.forEach((c) => c.load("id"));
      if (strategy === "highlightColor" && caps.features.settings.available && colours.length > 0) {
        context.document.settings.add(SETTINGS_KEY, JSON.stringify(colours));
      }
      await context.sync();
      return comments.map((c) => c.id);
    }),
  );
  if (strategy === "highlight" && marked.length > 0) session.temporaryHighlight = true;
  if (strategy === "highlightColor") session.colours = colours;
  if (strategy === "comments") session.commentIds.push(...commentIds);
  return {
    strategy,
    requested: strategy,
    marked,
    skipped,
    annotations: {},
    formattingRevisions: strategy === "highlightColor" && tracking && marked.length > 0,
  };
}

async function guardedWrite<T>(host: WordHost, write: () => Promise<T>): Promise<T> {
  try {
    return await asOwnWrite(host, write);
  } catch (error) {
    throw toActionError(error);
  }
}

/**
 * Removes this session's marks of one strategy. Annotations: one sync (by id). Temporary highlight:
 * one sync. Highlight colour: two syncs (find the ranges, restore each one's own colour where the
 * colour is still ours), three when the record must first be read back from the document's settings
 * after a pane reload. Comments: two syncs (list, delete the ones Gatecheck wrote).
 */
export async function clearMarks(host: WordHost, strategy: MarkStrategy): Promise<ClearResult> {
  const caps = detectCapabilities(host);
  const session = sessionOf(host);
  if (strategy === "annotations") return clearAnnotations(host);
  if (strategy === "highlight") {
    if (!caps.features.highlight.available) return { strategy, cleared: 0, kept: 0 };
    await guardedWrite(host, () =>
      host.run(async (context) => {
        context.document.body.getRange("Whole").removeHighlight();
        await context.sync();
      }),
    );
    const had = session.temporaryHighlight;
    session.temporaryHighlight = false;
    return { strategy, cleared: had ? 1 : 0, kept: 0 };
  }
  if (strategy === "comments") return clearComments(host, caps);
  return clearColours(host, caps);
}

/**
 * Deletes this session's annotations: by id in one sync where the host has getAnnotationById,
 * otherwise through the paragraphs they were inserted in (three syncs).
 */
async function clearAnnotations(host: WordHost): Promise<ClearResult> {
  const session = sessionOf(host);
  const known = new Map(session.annotations);
  if (known.size === 0) return { strategy: "annotations", cleared: 0, kept: 0 };
  const cleared = await guardedWrite(host, () =>
    host.run(async (context) => {
      if (typeof context.document.getAnnotationById === "function") {
        [...known.keys()].forEach((id) => context.document.getAnnotationById(id).delete());
        await context.sync();
        return known.size;
      }
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const indices = [...new Set(known.values())].filter((p) => p < paragraphs.items.length);
      const collections = indices.map((p) => paragraphs.items[p]!.getAnnotations().load("id"));
      await context.sync();
      const ours = collections.flatMap((c) => c.items.filter((a) => known.has(a.id)));
      ours.forEach((a) => a.delete());
      await context.sync();
      return ours.length;
    }),
  );
  session.annotations.clear();
  session.suggestions.clear();
  return { strategy: "annotations", cleared, kept: known.size - cleared };
}

async function loadStoredColours(host: WordHost, caps: Capabilities): Promise<ColourRecord[]> {
  if (!caps.features.settings.available) return [];
  const stored = await guardedWrite(host, () =>
    host.run(async (context) => {
      const setting = context.document.settings.getItemOrNullObject(SETTINGS_KEY);
      setting.load("value");
      await context.sync();
      return setting.isNullObject ? null : (setting.value as unknown);
    }),
  );
  if (typeof stored !== "string") return [];
  try {
    const parsed = JSON.parse(stored) as unknown;
    return Array.isArray(parsed) ? (parsed as ColourRecord[]) : [];
  } catch {
    return [];
  }
}

async function clearColours(host: WordHost, caps: Capabilities): Promise<ClearResult> {
  const session = sessionOf(host);
  const records = session.colours.length > 0 ? session.colours : await loadStoredColours(host, caps);
  if (records.length === 0) return { strategy: "highlightColor", cleared: 0, kept: 0 };
  let cleared = 0;
  await guardedWrite(host, () =>
    host.run(async (context) => {
      const located = queueLocate(
        context,
        records.map((r) => recordRequest(r.paragraph, r.rawStart, r.rawEnd, r.literal)),
        { loadHighlight: true },
      );
      await context.sync();
      located.resolve().forEach((outcome, i) => {
        const record = records[i]!;
        if (!outcome.ok || !sameColour(outcome.highlight ?? null, record.applied)) return;
        outcome.range.font.highlightColor = record.previous as string; // null removes the highlight
        cleared++;
      });
      if (caps.features.settings.available) context.document.settings.getItemOrNullObject(SETTINGS_KEY).delete();
      await context.sync();
    }),
  );
  session.colours = [];
  return { strategy: "highlightColor", cleared, kept: records.length - cleared };
}

async function clearComments(host: WordHost, caps: Capabilities): Promise<ClearResult> {
  const session = sessionOf(host);
  if (!caps.features.comments.available) return { strategy: "comments", cleared: 0, kept: 0 };
  const ours = new Set(session.commentIds);
  const cleared = await guardedWrite(host, () =>
    host.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("id,content");
      await context.sync();
      const mine = comments.items.filter((c) => ours.has(c.id) || c.content.startsWith(COMMENT_PREFIX));
      mine.forEach((c) => c.delete());
      await context.sync();
      return mine.length;
    }),
  );
  session.commentIds = [];
  return { strategy: "comments", cleared, kept: 0 };
}
