// Compile-time proof that the simulator's surface matches @types/office-js for every member it
// implements: if a name, a parameter type or a return type drifts, `tsc` (and ts-jest) fails here.
import type {
  SimAnnotation,
  SimAnnotationCollection,
  SimBody,
  SimComment,
  SimCommentCollection,
  SimContentControl,
  SimContentControlCollection,
  SimCritiqueAnnotation,
  SimDocument,
  SimEventHandlerResult,
  SimEventHandlers,
  SimFont,
  SimListItem,
  SimParagraph,
  SimParagraphCollection,
  SimRange,
  SimRangeCollection,
  SimSetting,
  SimSettingCollection,
  SimTable,
  SimTableCell,
  SimTableCollection,
  SimTrackedChange,
  SimTrackedChangeCollection,
} from "../../src/sim/objects";
import type { SimRequestContext } from "../../src/sim/context";
import type { WordHost as SimHost } from "../../src/sim/host";
import type { WordHost as OfficeHost } from "../../src/office/host";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The simulated class standing for a Word type (identity for everything else). */
type SimOf<T> =
  Same<T, Word.Range> extends true ? SimRange
  : Same<T, Word.Paragraph> extends true ? SimParagraph
  : Same<T, Word.Body> extends true ? SimBody
  : Same<T, Word.Document> extends true ? SimDocument
  : Same<T, Word.Font> extends true ? SimFont
  : Same<T, Word.ListItem> extends true ? SimListItem
  : Same<T, Word.ParagraphCollection> extends true ? SimParagraphCollection
  : Same<T, Word.RangeCollection> extends true ? SimRangeCollection
  : Same<T, Word.Table> extends true ? SimTable
  : Same<T, Word.TableCell> extends true ? SimTableCell
  : Same<T, Word.TableCollection> extends true ? SimTableCollection
  : Same<T, Word.ContentControl> extends true ? SimContentControl
  : Same<T, Word.ContentControlCollection> extends true ? SimContentControlCollection
  : Same<T, Word.TrackedChange> extends true ? SimTrackedChange
  : Same<T, Word.TrackedChangeCollection> extends true ? SimTrackedChangeCollection
  : Same<T, Word.Comment> extends true ? SimComment
  : Same<T, Word.CommentCollection> extends true ? SimCommentCollection
  : Same<T, Word.Annotation> extends true ? SimAnnotation
  : Same<T, Word.AnnotationCollection> extends true ? SimAnnotationCollection
  : Same<T, Word.CritiqueAnnotation> extends true ? SimCritiqueAnnotation
  : Same<T, Word.Setting> extends true ? SimSetting
  : Same<T, Word.SettingCollection> extends true ? SimSettingCollection
  : T extends Array<infer E> ? Array<SimOf<E>>
  : T extends OfficeExtension.EventHandlerResult<unknown> ? Pick<SimEventHandlerResult, "remove">
  : T extends OfficeExtension.EventHandlers<infer A> ? Pick<SimEventHandlers<A>, "add" | "remove">
  : T;

type IsAny<T> = 0 extends 1 & T ? true : false;
type SimArgs<A extends unknown[]> = { [I in keyof A]: SimOf<A[I]> };

/** Word's members K of W, with Word object types (results and arguments) replaced by their
 * simulated counterparts; an `any` in the typings (Setting.value) stays open as `unknown`. */
type Mirror<W, K extends keyof W> = {
  [P in K]: IsAny<W[P]> extends true ? unknown : W[P] extends (...args: infer A) => infer R ? (...args: SimArgs<A>) => SimOf<R> : SimOf<W[P]>;
};

/** Compiles only when Sim is assignable to the mirrored Word surface. */
function conforms<W, K extends keyof W>(sim: Mirror<W, K>): Mirror<W, K> {
  return sim;
}

const asIs = <T>(): T => undefined as unknown as T;

// Each line lists the members the simulator implements for that Word class.
export const checks = [
  conforms<Word.RequestContext, "sync">(asIs<SimRequestContext>()),
  conforms<Word.Document, "body" | "changeTrackingMode" | "getSelection" | "settings" | "onParagraphChanged" | "onParagraphAdded" | "onParagraphDeleted" | "onAnnotationClicked" | "onAnnotationPopupAction" | "getAnnotationById">(asIs<SimDocument>()),
  conforms<Word.Body, "text" | "paragraphs" | "tables" | "contentControls" | "font" | "getRange" | "search" | "getReviewedText" | "getTrackedChanges" | "getComments" | "insertParagraph" | "insertText" | "insertContentControl" | "select" | "isNullObject">(asIs<SimBody>()),
  conforms<Word.Paragraph, "text" | "style" | "styleBuiltIn" | "isListItem" | "tableNestingLevel" | "uniqueLocalId" | "outlineLevel" | "listItem" | "listItemOrNullObject" | "font" | "contentControls" | "getRange" | "search" | "insertText" | "insertParagraph" | "insertContentControl" | "insertAnnotations" | "getAnnotations" | "getTrackedChanges" | "getComments" | "getReviewedText" | "getNext" | "getNextOrNullObject" | "getPrevious" | "getPreviousOrNullObject" | "select" | "isNullObject">(asIs<SimParagraph>()),
  conforms<Word.ParagraphCollection, "items" | "getFirst" | "getFirstOrNullObject" | "getLast">(asIs<SimParagraphCollection>()),
  conforms<Word.Range, "text" | "isEmpty" | "style" | "font" | "paragraphs" | "contentControls" | "getRange" | "expandTo" | "select" | "insertText" | "insertParagraph" | "insertComment" | "insertContentControl" | "highlight" | "removeHighlight" | "search" | "getTrackedChanges" | "getComments" | "getReviewedText" | "delete" | "isNullObject">(asIs<SimRange>()),
  conforms<Word.RangeCollection, "items" | "getFirst" | "getFirstOrNullObject">(asIs<SimRangeCollection>()),
  conforms<Word.Font, "highlightColor">(asIs<SimFont>()),
  conforms<Word.ListItem, "listString" | "level" | "siblingIndex" | "isNullObject">(asIs<SimListItem>()),
  conforms<Word.Table, "values" | "rowCount" | "nestingLevel" | "getCell">(asIs<SimTable>()),
  conforms<Word.TableCell, "value" | "rowIndex" | "cellIndex">(asIs<SimTableCell>()),
  conforms<Word.TableCollection, "items" | "getFirst" | "getFirstOrNullObject">(asIs<SimTableCollection>()),
  conforms<Word.ContentControl, "id" | "tag" | "title" | "text" | "insertText" | "insertParagraph" | "delete" | "getRange" | "search" | "paragraphs">(asIs<SimContentControl>()),
  conforms<Word.ContentControlCollection, "items" | "getByTag" | "getFirst" | "getFirstOrNullObject">(asIs<SimContentControlCollection>()),
  conforms<Word.TrackedChange, "author" | "date" | "text" | "type" | "accept" | "reject" | "getRange">(asIs<SimTrackedChange>()),
  conforms<Word.TrackedChangeCollection, "items" | "acceptAll" | "rejectAll" | "getFirst" | "getFirstOrNullObject">(asIs<SimTrackedChangeCollection>()),
  conforms<Word.Comment, "id" | "content" | "authorName" | "creationDate" | "resolved" | "delete" | "getRange">(asIs<SimComment>()),
  conforms<Word.CommentCollection, "items" | "getFirst" | "getFirstOrNullObject">(asIs<SimCommentCollection>()),
  conforms<Word.Annotation, "id" | "state" | "critiqueAnnotation" | "delete">(asIs<SimAnnotation>()),
  conforms<Word.AnnotationCollection, "items" | "getFirst" | "getFirstOrNullObject">(asIs<SimAnnotationCollection>()),
  conforms<Word.CritiqueAnnotation, "critique" | "range" | "accept" | "reject">(asIs<SimCritiqueAnnotation>()),
  conforms<Word.Setting, "key" | "value" | "delete">(asIs<SimSetting>()),
  conforms<Word.SettingCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getCount" | "deleteAll">(asIs<SimSettingCollection>()),
];

// The host seam: src/sim and src/office declare the same interface.
const hostsMatch: [Same<SimHost, OfficeHost>] = [true];

test("the simulator's surface conforms to @types/office-js (checked by the compiler)", () => {
  expect(checks).toHaveLength(23);
  expect(hostsMatch).toEqual([true]);
});
