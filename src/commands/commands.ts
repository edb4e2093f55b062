// Ribbon function file (commands.html). The ribbon's main button opens the task pane; the
// "Clear marks" button runs here without the pane: it removes the marks Gatecheck left in the
// file (highlight colours, restored to each range's own colour, and its comments). Annotations
// and temporary highlights are not saved in the file, so there is nothing to clear for them.
import { clearMarks } from "../office/marks";
import { createOfficeHost } from "../office/office-host";

export const CLEAR_MARKS_ACTION = "clearMarks";

export async function clearPersistentMarks(): Promise<void> {
  const host = createOfficeHost();
  await clearMarks(host, "highlightColor");
  await clearMarks(host, "comments");
}

function clearMarksCommand(event: Office.AddinCommands.Event): void {
  clearPersistentMarks().then(
    () => event.completed(),
    () => event.completed(),
  );
}

Office.onReady(() => {
  Office.actions.associate(CLEAR_MARKS_ACTION, clearMarksCommand);
});
