import { documentSettingsStore, localSettingsStore, parsePrefs, parseTeamRules, PREFS_KEY, TEAM_KEY } from "../../src/taskpane/settings-store";
import { DEFAULT_PREFS, DEFAULT_TEAM_RULES } from "../../src/taskpane/service";

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

test("damaged values fall back to defaults field by field", () => {
  expect(parseTeamRules("nonsense")).toEqual(DEFAULT_TEAM_RULES);
  expect(parseTeamRules({ minSeverity: "extreme", customTerms: ["fit for purpose", 3], disabledCategories: ["soft-timing", "bogus"] })).toEqual({
    ...DEFAULT_TEAM_RULES,
    customTerms: ["fit for purpose"],
    disabledCategories: ["soft-timing"],
  });
  expect(parsePrefs({ markStyle: "comments", autoRescan: "yes" })).toEqual({ ...DEFAULT_PREFS, markStyle: "comments" });
});

test("the local store keeps team rules per document and preferences once", async () => {
  const storage = memoryStorage();
  const a = localSettingsStore(storage, "a.docx");
  await a.save({ team: { ...DEFAULT_TEAM_RULES, allowList: ["complete"] }, personal: { ...DEFAULT_PREFS, markStyle: "highlight" } });
  const b = localSettingsStore(storage, "b.docx");
  expect(await b.load()).toEqual({ team: DEFAULT_TEAM_RULES, personal: { ...DEFAULT_PREFS, markStyle: "highlight" } });
  expect((await a.load()).team.allowList).toEqual(["complete"]);
});

test("the document store writes team rules into the document settings and saves them", async () => {
  const values = new Map<string, unknown>();
  let saves = 0;
  const docSettings = {
    get: (k: string) => values.get(k),
    set: (k: string, v: unknown) => void values.set(k, v),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      saves++;
      cb?.({ status: "succeeded" });
    },
  };
  const storage = memoryStorage();
  const store = documentSettingsStore(docSettings, storage);
  await store.save({ team: { ...DEFAULT_TEAM_RULES, minSeverity: "high" }, personal: DEFAULT_PREFS });
  expect(saves).toBe(1);
  expect(JSON.parse(values.get(TEAM_KEY) as string).minSeverity).toBe("high");
  expect(storage.data.has(PREFS_KEY)).toBe(true);
  expect((await store.load()).team.minSeverity).toBe("high");
});

test("a failed document save rejects with the host's reason", async () => {
  const store = documentSettingsStore(
    { get: () => undefined, set: () => undefined, saveAsync: (cb) => cb?.({ status: "failed", error: { message: "read-only" } }) },
    null,
  );
  await expect(store.load()).resolves.toEqual({ team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS });
  await expect(store.save({ team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS })).rejects.toThrow("read-only");
});
