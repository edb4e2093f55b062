// Edits the user asked for: navigate, apply a rewrite, insert a clause template, accept / reject /
// counter a tracked change. Each re-reads its target first and refuses when the document no longer
// holds what the analysis saw; each edit is a tracked change (the user's tracking mode is restored
// afterwards, also after a failure); each writes in one batch so a failure leaves nothing half-done.
import type { Anchor, DocModel, Revision } from "../engine/model";
import type { Redline } from "../engine/types";
import { detectCapabilities } from "./capabilities";
import { OfficeActionError, toActionError } from "./errors";
import type { WordHost } from "./host";
import { anchorRequest, queueLocate, type LocateOutcome } from "./locate";
import { alignInto, mapSpan } from "./search-text";
import { asOwnWrite, noteWritten, sessionOf } from "./session";

export interface EditOptions {
  /** On a host without the tracking API (WordApi 1.3), the edit runs only with this flag. */
  allowUntracked?: boolean;
}

export interface EditResult {
  /** Whether the edit was recorded as a tracked change. */
  tracked: boolean;
}

export interface RewriteResult extends EditResult {
  /** Where the new text sits now (offsets in the paragraph's current text). */
  anchor: Anchor;
}

export interface TemplateOptions extends EditOptions {
  /** Content-control tag; "gatecheck:" is prefixed when missing. */
  tag: string;
  title: string;
  where: "cursor" | "best";
  /** For "best": insert after this paragraph (from the analysis, e.g. the end of the acceptance section). */
  bestAfterParagraph?: number;
  /** For "best": the DocModel the index comes from, to refuse when that paragraph changed. */
  doc?: DocModel;
}

export interface TemplateResult extends EditResult {
  tag: string;
}

export const TAG_PREFIX = "gatecheck:";

type Mode = Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly";

function trackingAvailable(host: WordHost, options: EditOptions): boolean {
  const available = detectCapabilities(host).features.trackingMode.available;
  if (!available && !options.allowUntracked) {
    throw new OfficeActionError("error.untracked", "This version of Word cannot record the change as a tracked change.");
  }
  return available;
}

function failureOf(outcome: LocateOutcome | undefined): OfficeActionError | null {
  if (!outcome) return new OfficeActionError("error.staleAnchor", "nothing to locate");
  if (outcome.ok) return null;
  if (outcome.reason === "staleAnchor") return new OfficeActionError("error.staleAnchor", "The text changed since the scan.");
  if (outcome.reason === "searchTooLong") return new OfficeActionError("error.searchTooLong", "The passage is too long to find.");
  return new OfficeActionError("error.notFound", "The passage was not found.");
}

/**
 * Runs an edit batch with the user's tracking mode remembered; if the batch fails after switching
 * tracking on, the mode is put back in a separate best-effort batch.
 */
async function trackedEdit<T>(
  host: WordHost,
  track: boolean,
  edit: (context: Word.RequestContext, remember: (mode: Mode) => void) => Promise<T>,
): Promise<T> {
  let userMode: Mode | null = null;
  try {
    return await asOwnWrite(host, () => host.run((context) => edit(context, (mode) => (userMode = mode))));
  } catch (error) {
    const failure = toActionError(error);
    const mode = userMode as Mode | null;
    if (track && mode !== null && mode !== "TrackAll") {
      try {
        await host.run(async (context) => {
          context.document.changeTrackingMode = mode;
          await context.sync();
        });
      } catch {
        // The document refuses writes (protected): its mode never changed either.
      }
    }
    throw failure;
  }
}

/**
 * Selects the anchored text and scrolls it into view. Two syncs. An empty anchor (where a deletion
 * stood) selects its whole paragraph, provided the paragraph still holds the text the scan saw.
 */
export async function navigateTo(host: WordHost, doc: DocModel, anchor: Anchor): Promise<void> {
  const info = sessionOf(host).reads.get(doc);
  try {
    await host.run(async (context) => {
      if (anchor.end <= anchor.start) {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        const target = paragraphs.items[anchor.paragraph];
        const expected = doc.paragraphs[anchor.paragraph]?.text;
        if (!target || expected === undefined || !mapSpan(expected, target.text, 0, expected.length)) {
          throw new OfficeActionError("error.staleAnchor", "The paragraph changed since the scan.");
        }
        target.select("Select");
        await context.sync();
        return;
      }
      const located = queueLocate(context, [anchorRequest(doc, info, anchor)]);
      await context.sync();
      const outcome = located.resolve()[0];
      const failure = failureOf(outcome);
      if (failure) throw failure;
      if (outcome?.ok) outcome.range.select("Select");
      await context.sync();
    });
  } catch (error) {
    throw toActionError(error);
  }
}

/** Replaces the anchored text with `text` as a tracked change. Two syncs. */
export async function applyRewrite(
  host: WordHost,
  doc: DocModel,
  target: { anchor: Anchor },
  text: string,
  options: EditOptions = {},
): Promise<RewriteResult> {
  const track = trackingAvailable(host, options);
  const info = sessionOf(host).reads.get(doc);
  const anchor = target.anchor;
  await trackedEdit(host, track, async (context, remember) => {
    const located = queueLocate(context, [anchorRequest(doc, info, anchor)]);
    const document = track ? context.document : null;
    document?.load("changeTrackingMode");
    await context.sync();
    const outcome = located.resolve()[0];
    const failure = failureOf(outcome);
    if (failure) throw failure;
    if (!outcome?.ok) return;
    const userMode = document?.changeTrackingMode ?? null;
    if (document && userMode) {
      remember(userMode);
      document.changeTrackingMode = "TrackAll";
    }
    const inserted = outcome.range.insertText(text, "Replace");
    inserted.load("text");
    noteWritten(host, inserted.paragraphs);
    if (document && userMode) document.changeTrackingMode = userMode;
    await context.sync();
  });
  return { tracked: track, anchor: { paragraph: anchor.paragraph, start: anchor.start, end: anchor.start + text.length, text } };
}

/**
 * Inserts clause paragraphs after the cursor's paragraph or after a given paragraph, wrapped in a
 * content control tagged "gatecheck:<templateId>", as tracked insertions. Two syncs.
 */
export async function insertTemplate(host: WordHost, paragraphs: string[], options: TemplateOptions): Promise<TemplateResult> {
  if (paragraphs.length === 0) throw new OfficeActionError("error.invalidArgument", "The template has no text.");
  const track = trackingAvailable(host, options);
  const tag = options.tag.startsWith(TAG_PREFIX) ? options.tag : `${TAG_PREFIX}${options.tag}`;
  const info = options.doc ? sessionOf(host).reads.get(options.doc) : undefined;
  await trackedEdit(host, track, async (context, remember) => {
    const document = track ? context.document : null;
    document?.load("changeTrackingMode");
    let target: () => Word.Paragraph | Word.Range;
    if (options.where === "best") {
      const index = options.bestAfterParagraph;
      if (index === undefined || index < 0) throw new OfficeActionError("error.invalidArgument", "No place was given for the clause.");
      const all = context.document.body.paragraphs;
      all.load("text");
      target = () => {
        const paragraph = all.items[index];
        if (!paragraph) throw new OfficeActionError("error.staleAnchor", "The document has fewer paragraphs than at the scan.");
        const expected = options.doc?.paragraphs[index]?.text;
        const raw = info?.raw[index];
        if (expected !== undefined && paragraph.text !== raw && !alignInto(expected, paragraph.text)) {
          throw new OfficeActionError("error.staleAnchor", "The paragraph changed since the scan.");
        }
        return paragraph;
      };
    } else {
      const selection = context.document.getSelection();
      target = () => selection;
    }
    await context.sync();
    const after = target();
    const userMode = document?.changeTrackingMode ?? null;
    if (document && userMode) {
      remember(userMode);
      document.changeTrackingMode = "TrackAll";
    }
    const inserted: Word.Paragraph[] = [];
    paragraphs.forEach((text, i) => inserted.push((i === 0 ? after : inserted[i - 1]!).insertParagraph(text, "After")));
    const first = inserted[0]!;
    const last = inserted[inserted.length - 1]!;
    const control = first.getRange("Whole").expandTo(last.getRange("Whole")).insertContentControl();
    control.tag = tag;
    control.title = options.title;
    noteWritten(host, inserted);
    if (document && userMode) document.changeTrackingMode = userMode;
    await context.sync();
  });
  return { tracked: track, tag };
}

const WORD_TYPE: Record<Revision["type"], string> = {
  insertion: "Added",
  deletion: "Deleted",
  moveTo: "Added",
  moveFrom: "Deleted",
  formatting: "Formatted",
};

/** The tracked-change list indices behind revision ids, checked against the document. */
function revisionsOf(doc: DocModel, ids: string[]): { index: number; revision: Revision }[] {
  return ids.map((id) => {
    const revision = doc.revisions.find((r) => r.id === id);
    const m = /^tc-(\d+)$/.exec(id);
    if (!revision || !m) throw new OfficeActionError("error.notFound", `Unknown tracked change ${id}.`);
    return { index: Number(m[1]), revision };
  });
}

function matches(change: Word.TrackedChange, revision: Revision): boolean {
  const text = change.text.replace(/\r/g, "");
  const author = revision.author === "" || change.author === revision.author;
  return change.type === WORD_TYPE[revision.type] && author && (text === "" || text === revision.text || revision.text.includes(text));
}

/**
 * The tracked change a revision id names: the one at its index when it still matches, otherwise
 * the only change of the same type, text and author (the list shifts when the user accepts or
 * rejects changes in Word); anything else is stale.
 */
function findChange(changes: Word.TrackedChange[], index: number, revision: Revision): Word.TrackedChange {
  const atIndex = changes[index];
  if (atIndex && matches(atIndex, revision)) return atIndex;
  const same = changes.filter((c) => matches(c, revision) && c.text.replace(/\r/g, "") === revision.text);
  if (same.length === 1) return same[0]!;
  throw new OfficeActionError("error.staleAnchor", "The tracked change is no longer in the document.");
}

type ChangeTarget = string[] | { revisionIds: string[] };

function idsOf(target: ChangeTarget): string[] {
  return Array.isArray(target) ? target : target.revisionIds;
}

async function resolveChanges(
  host: WordHost,
  doc: DocModel,
  target: ChangeTarget,
  act: (context: Word.RequestContext, changes: Word.TrackedChange[], userMode: Mode | null, remember: (m: Mode) => void) => void,
  loadMode: boolean,
): Promise<void> {
  if (!detectCapabilities(host).features.trackedChanges.available) {
    throw new OfficeActionError("error.unsupported", "Tracked changes need WordApi 1.6.");
  }
  const wanted = revisionsOf(doc, idsOf(target));
  await trackedEdit(host, loadMode, async (context, remember) => {
    const changes = context.document.body.getTrackedChanges();
    changes.load("type,text,author");
    const document = loadMode ? context.document : null;
    document?.load("changeTrackingMode");
    await context.sync();
    const checked = wanted.map(({ index, revision }) => findChange(changes.items, index, revision));
    act(context, checked, document?.changeTrackingMode ?? null, remember);
    await context.sync();
  });
}

/** Accepts or rejects each change, remembering the paragraphs around them as our own write. */
function settle(host: WordHost, changes: Word.TrackedChange[], act: (c: Word.TrackedChange) => void): void {
  // Taken before the change goes away; after it, the range holds what the change left.
  const ranges = changes.map((c) => c.getRange("Whole"));
  changes.forEach(act);
  ranges.forEach((r) => noteWritten(host, r.paragraphs));
}

/** Accepts the tracked change(s) of a revision id list or a redline. Two syncs. */
export async function acceptChange(host: WordHost, doc: DocModel, target: ChangeTarget): Promise<void> {
  await resolveChanges(host, doc, target, (_c, changes) => settle(host, changes, (c) => c.accept()), false);
}

/** Rejects the tracked change(s) of a revision id list or a redline. Two syncs. */
export async function rejectChange(host: WordHost, doc: DocModel, target: ChangeTarget): Promise<void> {
  await resolveChanges(host, doc, target, (_c, changes) => settle(host, changes, (c) => c.reject()), false);
}

/**
 * Rejects the client's change and puts our wording in its place as our own tracked change, in one
 * write batch: the range spanning the change is taken first, the change rejected (the range now
 * holds the restored original text, or is empty where the client only inserted), then replaced.
 */
export async function counterChange(
  host: WordHost,
  doc: DocModel,
  redline: Pick<Redline, "revisionIds">,
  ourText: string,
): Promise<EditResult> {
  await resolveChanges(
    host,
    doc,
    redline,
    (context, changes, userMode, remember) => {
      const first = changes[0];
      const last = changes[changes.length - 1];
      if (!first || !last) throw new OfficeActionError("error.notFound", "The redline has no tracked change.");
      const span = changes.length === 1 ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
      changes.forEach((c) => c.reject());
      if (userMode) remember(userMode);
      context.document.changeTrackingMode = "TrackAll";
      noteWritten(host, span.insertText(ourText, "Replace").paragraphs);
      if (userMode) context.document.changeTrackingMode = userMode;
    },
    true,
  );
  return { tracked: true };
}
