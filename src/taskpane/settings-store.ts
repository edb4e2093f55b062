// Where settings live. Team rules travel with the document (Office document settings, saved into
// the file); personal preferences stay with the person (localStorage of the add-in's origin: Word
// has no roaming settings for task panes). Whatever is read is validated field by field, so a
// damaged or older value falls back to defaults instead of breaking the pane.
import { SUBJECTIVE_CATEGORIES, type Severity, type SubjectiveCategory } from "../engine/types";
import {
  DEFAULT_PREFS,
  DEFAULT_TEAM_RULES,
  MARK_STYLES,
  type IgnoredFinding,
  type PersonalPrefs,
  type Settings,
  type TeamRules,
} from "./service";

export interface SettingsStore {
  /** True when team rules are stored in the document itself. */
  readonly documentScoped: boolean;
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

export const TEAM_KEY = "gatecheck.teamRules";
export const PREFS_KEY = "gatecheck.preferences";

const SEVERITIES: Severity[] = ["high", "medium", "low"];

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown, max = 500): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, max) : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function parseTeamRules(value: unknown, defaults: TeamRules = DEFAULT_TEAM_RULES): TeamRules {
  if (value === null || value === undefined) return defaults;
  const r = record(value);
  const ignoredFindings: IgnoredFinding[] = Array.isArray(r.ignoredFindings)
    ? r.ignoredFindings
        .map(record)
        .filter((i) => typeof i.id === "string" && typeof i.text === "string" && typeof i.paragraph === "number")
        .map((i) => ({ id: i.id as string, text: i.text as string, paragraph: i.paragraph as number }))
    : [];
  return {
    disabledCategories: strings(r.disabledCategories).filter((c): c is SubjectiveCategory => (SUBJECTIVE_CATEGORIES as readonly string[]).includes(c)),
    disabledRules: strings(r.disabledRules),
    minSeverity: oneOf(r.minSeverity, SEVERITIES, DEFAULT_TEAM_RULES.minSeverity),
    customTerms: strings(r.customTerms),
    allowList: strings(r.allowList),
    ourAuthors: strings(r.ourAuthors),
    ignoredTerms: strings(r.ignoredTerms),
    ignoredFindings,
  };
}

export function parsePrefs(value: unknown): PersonalPrefs {
  const r = record(value);
  return {
    markStyle: oneOf(r.markStyle, MARK_STYLES, DEFAULT_PREFS.markStyle),
    autoRescan: typeof r.autoRescan === "boolean" ? r.autoRescan : DEFAULT_PREFS.autoRescan,
    language: oneOf(r.language, ["auto", "en", "pt-BR"] as const, DEFAULT_PREFS.language),
  };
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Minimal Storage surface (window.localStorage), injectable for tests. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function safeStorage(storage: KeyValueStorage | null): KeyValueStorage | null {
  try {
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Both parts in localStorage; `scope` keeps one document's team rules apart from another's.
 * `defaults` are the team rules of a document that has none stored yet. */
export function localSettingsStore(storage: KeyValueStorage | null, scope: string, defaults: TeamRules = DEFAULT_TEAM_RULES): SettingsStore {
  const s = safeStorage(storage);
  const teamKey = `${TEAM_KEY}:${scope}`;
  return {
    documentScoped: false,
    load: async () => ({
      team: parseTeamRules(parseJson(s?.getItem(teamKey)), defaults),
      personal: parsePrefs(parseJson(s?.getItem(PREFS_KEY))),
    }),
    save: async (settings) => {
      s?.setItem(teamKey, JSON.stringify(settings.team));
      s?.setItem(PREFS_KEY, JSON.stringify(settings.personal));
    },
  };
}

/** The Office Common API's document settings (saved into the file on saveAsync). */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export function documentSettingsStore(documentSettings: DocumentSettingsLike, storage: KeyValueStorage | null): SettingsStore {
  const s = safeStorage(storage);
  return {
    documentScoped: true,
    load: async () => ({
      team: parseTeamRules(parseJson(typeof documentSettings.get(TEAM_KEY) === "string" ? (documentSettings.get(TEAM_KEY) as string) : null)),
      personal: parsePrefs(parseJson(s?.getItem(PREFS_KEY))),
    }),
    save: (settings) => {
      s?.setItem(PREFS_KEY, JSON.stringify(settings.personal));
      documentSettings.set(TEAM_KEY, JSON.stringify(settings.team));
      return new Promise<void>((resolve, reject) =>
        documentSettings.saveAsync((result) =>
          result.status === "succeeded" ? resolve() : reject(new Error(result.error?.message ?? "Settings could not be saved.")),
        ),
      );
    },
  };
}
