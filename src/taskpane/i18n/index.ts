// i18next with exactly two bundled languages. The default follows Office's display language
// (navigator.language in the playground); anything that is not Portuguese falls back to English.
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { ptBR } from "./pt-BR";

export type UiLanguage = "en" | "pt-BR";

export const resources = { en: { translation: en }, "pt-BR": { translation: ptBR } } as const;

/** Maps a BCP 47 tag ("pt-BR", "pt-PT", "en-GB", "de") to a bundled language. */
export function pickLanguage(tag: string | null | undefined): UiLanguage {
  return /^pt\b/i.test((tag ?? "").trim()) ? "pt-BR" : "en";
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "pt-BR"],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
