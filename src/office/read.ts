// Reads the open document into the engine's DocModel in exactly one context.sync, whatever its size.
import type { Comment, DocModel, Paragraph } from "../engine/model";
import type { Capabilities } from "./capabilities";
import { guarded, toActionError } from "./errors";
import type { WordHost } from "./host";
import { paragraphsOfView } from "./reviewed-text";
import { buildRevisions, diffParagraph, segmentsFromMarkup, stripParagraphMark, type TextSegment, type WordTrackedChange } from "./revisions";
import { sessionOf } from "./session";
import { layoutTables } from "./tables";

/** How many unmatched tracked changes a paragraph may skip to find its own. */
const REALIGN = 8;

export interface ReadOptions {
  /** Display name for reports. */
  name?: string;
  /** Load list labels through listItemOrNullObject (default true). */
  listLabels?: boolean;
}

function headingLevel(styleBuiltIn: string | undefined, style: string | undefined): number | undefined {
  const m = /^Heading\s?([1-9])$/i.exec(styleBuiltIn ?? "") ?? /^Heading\s?([1-9])$/i.exec(style ?? "");
  return m ? Number(m[1]) : undefined;
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "string" && value) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : d.toISOString();
  }
  return null;
}

/**
 * One sync. When list labels were asked for and the host refuses to load them, the read is retried
 * once without them (a host that lacks listItemOrNullObject still yields a document).
 */
export async function readDocument(host: WordHost, caps: Capabilities, options: ReadOptions = {}): Promise<DocModel> {
  const withLists = options.listLabels ?? true;
  try {
    return await readOnce(host, caps, options, withLists);
  } catch (error) {
    const failure = toActionError(error);
    if (!withLists || failure.key === "error.protected" || !/listItem/i.test(failure.detail)) throw failure;
    return readOnce(host, caps, options, false);
  }
}

async function readOnce(host: WordHost, caps: Capabilities, options: ReadOptions, withLists: boolean): Promise<DocModel> {
  const f = caps.features;
  const loaded = await guarded(() =>
    host.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      const props = ["text", "style", "styleBuiltIn", "isListItem", "tableNestingLevel"];
      if (f.uniqueLocalId.available) props.push("uniqueLocalId");
      if (withLists) props.push("listItemOrNullObject/listString");
      paragraphs.load(props.join(","));
      const tables = body.tables;
      tables.load("values,rowCount,nestingLevel");
      const original = f.reviewedText.available ? body.getReviewedText("Original") : null;
      const current = f.reviewedText.available ? body.getReviewedText("Current") : null;
      const tracked = f.trackedChanges.available ? body.getTrackedChanges() : null;
      tracked?.load("author,date,text,type");
      const comments = f.comments.available ? body.getComments() : null;
      comments?.load("id,authorName,creationDate,content");
      const document = f.trackingMode.available ? context.document : null;
      document?.load("changeTrackingMode");
      await context.sync();
      return {
        paragraphs: paragraphs.items.map((p) => ({
          text: p.text,
          style: p.style,
          styleBuiltIn: p.styleBuiltIn as string,
          isListItem: p.isListItem,
          nesting: p.tableNestingLevel,
          id: f.uniqueLocalId.available ? p.uniqueLocalId : "",
          listString: withLists && p.isListItem && !p.listItemOrNullObject.isNullObject ? p.listItemOrNullObject.listString : undefined,
        })),
        tables: tables.items.map((t) => ({ values: t.values, nestingLevel: t.nestingLevel })),
        original: original?.value ?? null,
        current: current?.value ?? null,
        tracked: tracked
          ? tracked.items.map((c, index): WordTrackedChange => ({
              index,
              type: c.type as WordTrackedChange["type"],
              text: c.text,
              author: c.author,
              date: isoDate(c.date),
            }))
          : [],
        comments: comments
          ? comments.items.map((c): Comment => ({
              id: c.id,
              author: c.authorName,
              date: isoDate(c.creationDate),
              text: c.content,
              paragraph: -1,
              start: 0,
              end: 0,
            }))
          : [],
        trackChanges: document ? document.changeTrackingMode !== "Off" : undefined,
      };
    }),
  );

  const raw = loaded.paragraphs.map((p) => p.text);
  let currentTexts = raw;
  let originalTexts: string[] | null = null;
  if (loaded.original !== null && loaded.current !== null && loaded.original !== loaded.current) {
    const cur = paragraphsOfView(stripParagraphMark(loaded.current), raw);
    const orig = paragraphsOfView(stripParagraphMark(loaded.original), raw);
    if (cur && orig) {
      currentTexts = cur;
      originalTexts = orig;
    }
  }

  const paragraphs: Paragraph[] = loaded.paragraphs.map((p, index) => {
    const text = currentTexts[index] ?? p.text;
    const para: Paragraph = { index, text };
    if (p.style) para.style = p.style;
    const level = headingLevel(p.styleBuiltIn, p.style);
    if (level !== undefined) para.headingLevel = level;
    if (p.listString) para.listLabel = p.listString;
    const original = originalTexts?.[index];
    if (original !== undefined && original !== text) para.originalText = original;
    return para;
  });

  const layout = layoutTables(
    loaded.paragraphs.map((p) => p.nesting),
    paragraphs.map((p) => p.text),
    loaded.tables,
  );
  layout.positions.forEach((pos, i) => {
    if (pos) paragraphs[i]!.table = pos;
  });

  const segments: (TextSegment & { change?: WordTrackedChange })[] = [];
  const textual = loaded.tracked.filter((c) => c.type === "Added" || c.type === "Deleted");
  let nextChange = 0;
  for (const p of paragraphs) {
    const markup = raw[p.index] ?? p.text;
    const original = p.originalText ?? originalTexts?.[p.index] ?? p.text;
    // A paragraph holds tracked text when its markup differs from either view: also when the two
    // views are equal (a change replaced by the same words).
    if (markup === p.text && original === p.text) continue;
    let exact: ReturnType<typeof segmentsFromMarkup> = null;
    // A change the previous paragraphs did not consume (one Word lists but no paragraph shows, or
    // one of a paragraph that fell back to the diff) must not derail the rest: start a little later.
    for (let from = nextChange; !exact && from <= Math.min(textual.length - 1, nextChange + REALIGN); from++) {
      exact = segmentsFromMarkup(p.index, markup, original, p.text, textual, from);
    }
    if (exact) {
      segments.push(...exact.segments);
      nextChange = exact.next;
    } else if (original !== p.text) segments.push(...diffParagraph(p.index, original, p.text));
  }
  const doc: DocModel = {
    paragraphs,
    tables: layout.tables,
    revisions: buildRevisions(segments, loaded.tracked),
    comments: loaded.comments,
    ...(loaded.trackChanges !== undefined ? { trackChanges: loaded.trackChanges } : {}),
    ...(options.name ? { name: options.name } : {}),
  };
  const session = sessionOf(host);
  const info = { raw, ids: loaded.paragraphs.map((p) => p.id) };
  session.reads.set(doc, info);
  session.lastRead = info;
  return doc;
}
