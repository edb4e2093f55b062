// Per-host memory of what the adapter did in this pane session: the raw Word texts behind each
// DocModel it produced, the marks it placed (so clear restores exactly), and the window during
// which the document changes are the adapter's own.
import type { DocModel } from "../engine/model";
import type { WordHost } from "./host";

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
  session.ownWrites++;
  session.ownWriteCount++;
  try {
    return await write();
  } finally {
    session.ownWrites--;
    session.ownUntil = Date.now() + OWN_EDIT_GRACE_MS;
  }
}

export function isOwnWriteWindow(host: WordHost): boolean {
  const session = sessionOf(host);
  return session.ownWrites > 0 || Date.now() < session.ownUntil;
}
