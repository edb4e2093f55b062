// Per-host memory of what the adapter did in this pane session: the raw Word texts behind each
// DocModel it produced, the marks it placed (so clear restores exactly), and the window during
// which the document changes are the adapter's own.
import type { DocModel } from "../engine/model";
import type { WordHost } from "./host";
import { hashText } from "./text-hash";

export interface ReadInfo {
  /** Word's paragraph.text (with tracked deletions still inside), by paragraph index. */
  raw: string[];
  /** uniqueLocalId by paragraph index (WordApi 1.6), else empty. */
  ids: string[];
}

export interface ColourRecord {
  findingId: string;
  paragraph: number;
  /** The marked span in Word's raw paragraph text. */
  rawStart: number;
  rawEnd: number;
  literal: string;
  /** The range's own highlight colour before marking; null when it had none. */
  previous: string | null;
  /** The colour the adapter set. */
  applied: string;
}

export interface Session {
  reads: WeakMap<DocModel, ReadInfo>;
  lastRead: ReadInfo | null;
  colours: ColourRecord[];
  /** Annotation id -> paragraph index it was inserted in. */
  annotations: Map<string, number>;
  /** Annotation id -> the rewrites its pop-up offers, to turn a chosen one back into an index. */
  suggestions: Map<string, string[]>;
  commentIds: string[];
  temporaryHighlight: boolean;
  /** Nesting count of the adapter's own writes in flight. */
  ownWrites: number;
  /** Until when (Date.now() ms) change events are treated as the adapter's own. */
  ownUntil: number;
  /** Count of the adapter's writes so far (the poller re-bases after any of them). */
  ownWriteCount: number;
  /**
   * uniqueLocalId -> hash of the paragraph's text right after our write, for the paragraphs our
   * writes in the current window touched: a change event whose paragraph text differs is the user's.
   */
  written: Map<string, number>;
  /** Readers of paragraphs a write in flight loaded in its last sync (see noteWritten). */
  pendingWritten: (() => { id: string; text: string }[])[];
}

const sessions = new WeakMap<WordHost, Session>();

export function sessionOf(host: WordHost): Session {
  let session = sessions.get(host);
  if (!session) {
    session = {
      reads: new WeakMap(),
      lastRead: null,
      colours: [],
      annotations: new Map(),
      suggestions: new Map(),
      commentIds: [],
      temporaryHighlight: false,
      ownWrites: 0,
      ownUntil: 0,
      ownWriteCount: 0,
      written: new Map(),
      pendingWritten: [],
    };
    sessions.set(host, session);
  }
  return session;
}

/** How long after one of our writes Word's change events are still attributed to it. */
export const OWN_EDIT_GRACE_MS = 1000;

/** Runs one of the adapter's own writes, so watchChanges ignores the events it causes. */
export async function asOwnWrite<T>(host: WordHost, write: () => Promise<T>): Promise<T> {
  const session = sessionOf(host);
  if (!isOwnWriteWindow(host)) session.written.clear();
  session.ownWrites++;
  session.ownWriteCount++;
  try {
    return await write();
  } finally {
    // Loaded values exist only when the batch synced; a failed batch wrote nothing to remember.
    for (const read of session.pendingWritten.splice(0)) {
      try {
        for (const { id, text } of read()) if (id) session.written.set(id, hashText(text));
      } catch {
        // Not loaded: the write failed before its last sync.
      }
    }
    session.ownWrites--;
    session.ownUntil = Date.now() + OWN_EDIT_GRACE_MS;
  }
}

/**
 * Inside a write batch, after its edits are queued: loads the touched paragraphs' ids and texts in
 * the batch's own last sync (no extra sync), so asOwnWrite can remember what we wrote. Needs
 * uniqueLocalId (WordApi 1.6, the set that has paragraph events); below that it does nothing.
 */
export function noteWritten(host: WordHost, paragraphs: Word.ParagraphCollection | Word.Paragraph[]): void {
  if (!host.isSetSupported("WordApi", "1.6")) return;
  const list = Array.isArray(paragraphs) ? paragraphs : null;
  if (list) list.forEach((p) => p.load("text,uniqueLocalId"));
  else (paragraphs as Word.ParagraphCollection).load("text,uniqueLocalId");
  const items = () => list ?? (paragraphs as Word.ParagraphCollection).items;
  sessionOf(host).pendingWritten.push(() => items().map((p) => ({ id: p.uniqueLocalId, text: p.text })));
}

export function isOwnWriteWindow(host: WordHost): boolean {
  const session = sessionOf(host);
  return session.ownWrites > 0 || Date.now() < session.ownUntil;
}

/**
 * Whether a paragraph's text, seen in a change event during our write window, is what we left:
 * the text our write produced, or for a paragraph we did not write, the text of the last read (a
 * mark or comment changes no text). Anything else is an edit of the user's.
 */
export function isOwnText(host: WordHost, id: string, text: string): boolean {
  const session = sessionOf(host);
  const wrote = session.written.get(id);
  if (wrote !== undefined) return wrote === hashText(text);
  const at = session.lastRead?.ids.indexOf(id) ?? -1;
  const read = at >= 0 ? session.lastRead?.raw[at] : undefined;
  return read !== undefined && read === text;
}
