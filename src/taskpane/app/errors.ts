// Turns whatever an action threw into a sentence for the user: known message keys
// ("error.protected", ...) are translated, anything else is shown behind "Something went wrong".
import type { TFunction } from "i18next";

export function errorKey(error: unknown): string | null {
  if (error && typeof error === "object" && "key" in error && typeof (error as { key: unknown }).key === "string") {
    return (error as { key: string }).key;
  }
  return null;
}

export function errorText(t: TFunction, error: unknown): string {
  const key = errorKey(error);
  const message = error instanceof Error ? error.message : String(error);
  if (key) {
    const translated = t(key, { message, defaultValue: "" });
    if (translated) return translated;
  }
  return t("error.generic", { message });
}
