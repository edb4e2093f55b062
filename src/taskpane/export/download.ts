// Saves text as a file from the pane: a Blob and a temporary link, nothing sent anywhere.
import type { ReportFormat } from "../service";

export const EXTENSIONS: Record<ReportFormat, { ext: string; mime: string }> = {
  markdown: { ext: "md", mime: "text/markdown;charset=utf-8" },
  html: { ext: "html", mime: "text/html;charset=utf-8" },
  json: { ext: "json", mime: "application/json;charset=utf-8" },
};

/** "Weak SOW.docx" -> "Weak SOW-gatecheck.json". */
export function reportFileName(documentName: string | undefined, format: ReportFormat): string {
  const base = (documentName ?? "document").replace(/\.[^.]+$/, "").replace(/[\\/:*?"<>|]+/g, "_") || "document";
  return `${base}-gatecheck.${EXTENSIONS[format].ext}`;
}

export function downloadText(text: string, fileName: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
