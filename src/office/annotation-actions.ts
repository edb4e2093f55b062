// Pop-up actions on critiques (WordApi 1.8): the user picked a suggestion or dismissed the critique.
// The pane maps the annotation id back to its finding with MarkResult.annotations.
import type { WordHost } from "./host";
import { sessionOf } from "./session";

export interface AnnotationAction {
  annotationId: string;
  action: string;
  /** The chosen rewrite when the action accepted a suggestion. */
  suggestion: string | null;
  /** Its index in the finding's suggestions (as passed to markFindings), or null. */
  suggestionIndex: number | null;
}

export async function onAnnotationAction(host: WordHost, handler: (action: AnnotationAction) => void): Promise<() => Promise<void>> {
  const registration = await host.run(async (context) => {
    const result = context.document.onAnnotationPopupAction.add(async (event) => {
      const suggestion = event.critiqueSuggestion || null;
      const offered = sessionOf(host).suggestions.get(event.id) ?? [];
      const index = suggestion === null ? -1 : offered.indexOf(suggestion);
      handler({ annotationId: event.id, action: event.action, suggestion, suggestionIndex: index === -1 ? null : index });
    });
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
