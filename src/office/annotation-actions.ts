// Pop-up actions on critiques (WordApi 1.8): the user picked a suggestion or dismissed the critique.
// The pane maps the annotation id back to its finding with MarkResult.annotations.
import type { WordHost } from "./host";

export interface AnnotationAction {
  annotationId: string;
  action: string;
  /** The chosen rewrite when the action accepted a suggestion. */
  suggestion: string | null;
}

export async function onAnnotationAction(host: WordHost, handler: (action: AnnotationAction) => void): Promise<() => Promise<void>> {
  const registration = await host.run(async (context) => {
    const result = context.document.onAnnotationPopupAction.add(async (event) => {
      handler({ annotationId: event.id, action: event.action, suggestion: event.critiqueSuggestion || null });
    });
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
