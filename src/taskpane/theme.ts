// Light or dark, from Office's theme when the host reports one (Office.context.officeTheme), from
// a `?theme=` parameter in the playground, else from the system preference.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** Relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white); null when unparseable. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface ThemeHints {
  /** Office.context.officeTheme.bodyBackgroundColor, when present. */
  officeBackground?: string | null;
  /** The `theme` URL parameter, when present. */
  param?: string | null;
  /** matchMedia("(prefers-color-scheme: dark)").matches */
  prefersDark?: boolean;
}

export function pickTheme(hints: ThemeHints): ThemeName {
  if (hints.param === "dark" || hints.param === "light") return hints.param;
  const lum = hints.officeBackground ? luminance(hints.officeBackground) : null;
  if (lum !== null) return lum < 0.4 ? "dark" : "light";
  return hints.prefersDark ? "dark" : "light";
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
