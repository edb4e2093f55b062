// Tells the pane which paragraphs changed, debounced, ignoring the adapter's own writes. WordApi 1.6:
// onParagraphChanged/Added/Deleted (ids mapped to indices through the last read); within a short
// window after one of our writes, only events for paragraphs whose text is what the write left are
// ignored. Older hosts: a poll that loads paragraph texts (one sync per poll) and compares hashes.
import type { Capabilities } from "./capabilities";
import type { WordHost } from "./host";
import { isOwnText, isOwnWriteWindow, sessionOf } from "./session";
import { hashText } from "./text-hash";

export { hashText };

export interface WatchOptions {
  /** Quiet time before onChange fires (default 500 ms). */
  debounceMs?: number;
  /** Poll interval on hosts without paragraph events (default 2000 ms). */
  pollMs?: number;
}

export type ChangedParagraphs = number[] | "all";
export type Unsubscribe = () => Promise<void>;

/** Collects changes and reports them once things are quiet for `delay` ms. */
class Debouncer {
  private pending = new Set<number>();
  private all = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delay: number,
    private readonly emit: (changed: ChangedParagraphs) => void,
  ) {}

  add(changed: ChangedParagraphs): void {
    if (changed === "all") this.all = true;
    else changed.forEach((i) => this.pending.add(i));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  private flush(): void {
    this.timer = null;
    const out: ChangedParagraphs = this.all ? "all" : [...this.pending].sort((a, b) => a - b);
    this.pending.clear();
    this.all = false;
    if (out === "all" || out.length > 0) this.emit(out);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export async function watchChanges(
  host: WordHost,
  caps: Capabilities,
  onChange: (changed: ChangedParagraphs) => void,
  options: WatchOptions = {},
): Promise<Unsubscribe> {
  const debouncer = new Debouncer(options.debounceMs ?? 500, onChange);
  if (caps.features.paragraphChangedEvent.available) return watchEvents(host, debouncer);
  return watchByPolling(host, debouncer, options.pollMs ?? 2000);
}

async function watchEvents(host: WordHost, debouncer: Debouncer): Promise<Unsubscribe> {
  const session = sessionOf(host);
  const toIndices = (ids: string[]): ChangedParagraphs => {
    const known = session.lastRead?.ids ?? [];
    const indices = ids.map((id) => known.indexOf(id));
    return indices.some((i) => i < 0) || indices.length === 0 ? "all" : indices;
  };
  // During our write window: the event's paragraphs whose text is not what we left (one read).
  const usersAmong = async (ids: string[]): Promise<string[]> => {
    const texts = await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text,uniqueLocalId");
      await context.sync();
      return new Map(paragraphs.items.map((p) => [p.uniqueLocalId, p.text]));
    });
    return ids.filter((id) => {
      const text = texts.get(id);
      return text === undefined || !isOwnText(host, id, text);
    });
  };
  const handlers = await host.run(async (context) => {
    const changed = context.document.onParagraphChanged.add(async (event) => {
      // Co-authors' edits (source "Remote") count too: the analysis must follow them.
      let ids = event.uniqueLocalIds;
      if (isOwnWriteWindow(host)) {
        try {
          ids = await usersAmong(ids);
        } catch {
          // The document is busy: take the event as a user edit rather than miss one.
        }
        if (ids.length === 0) return;
      }
      debouncer.add(toIndices(ids));
    });
    // Added or deleted paragraphs shift every index after them. (Optional chaining: a host may
    // offer onParagraphChanged without these two.)
    // Paragraphs our write inserted are ours; any other added one is the user's. A deletion inside
    // our window cannot be told apart (the paragraph is gone) and is taken as ours.
    const added = context.document.onParagraphAdded?.add(async (event) => {
      const ours = sessionOf(host).written;
      if (!isOwnWriteWindow(host) || event.uniqueLocalIds.some((id) => !ours.has(id))) debouncer.add("all");
    });
    const deleted = context.document.onParagraphDeleted?.add(async () => {
      if (!isOwnWriteWindow(host)) debouncer.add("all");
    });
    await context.sync();
    return [changed, added, deleted].filter((h): h is OfficeExtension.EventHandlerResult<never> => h !== undefined);
  });
  return async () => {
    debouncer.cancel();
    const context = handlers[0]?.context;
    handlers.forEach((h) => h.remove());
    if (context) await context.sync();
  };
}

async function watchByPolling(host: WordHost, debouncer: Debouncer, pollMs: number): Promise<Unsubscribe> {
  const readHashes = () =>
    host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      return paragraphs.items.map((p) => hashText(p.text));
    });
  const session = sessionOf(host);
  let previous = await readHashes();
  let seenWrites = session.ownWriteCount;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const poll = async () => {
    if (stopped) return;
    try {
      const writes = session.ownWriteCount;
      const hashes = await readHashes();
      // After one of our own writes the poll only re-bases: the change is ours (a user edit in the
      // same interval is reported at the next change of that paragraph or by the pane's re-scan).
      const own = isOwnWriteWindow(host) || writes !== seenWrites;
      seenWrites = writes;
      if (!own) {
        if (hashes.length !== previous.length) debouncer.add("all");
        else {
          const changed = hashes.flatMap((h, i) => (h === previous[i] ? [] : [i]));
          if (changed.length > 0) debouncer.add(changed);
        }
      }
      previous = hashes;
    } catch {
      // A failed poll (document busy) is retried at the next tick.
    }
    if (!stopped) timer = setTimeout(() => void poll(), pollMs);
  };
  timer = setTimeout(() => void poll(), pollMs);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    debouncer.cancel();
  };
}
