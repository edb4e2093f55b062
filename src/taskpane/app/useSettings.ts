// Loads the settings once, keeps them in state, saves on every change (team rules into the
// document's settings, personal preferences into roaming settings, by the service).
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_PREFS, DEFAULT_TEAM_RULES, type GatecheckService, type Settings } from "../service";

export function useSettings(service: GatecheckService) {
  const [settings, setSettings] = useState<Settings>({ team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS });
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef(settings);

  useEffect(() => {
    let live = true;
    service
      .loadSettings()
      .then((s) => {
        if (!live) return;
        latest.current = s;
        setSettings(s);
      })
      .catch(() => undefined) // unreadable settings: the defaults stand
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [service]);

  const update = useCallback(
    (change: (s: Settings) => Settings) => {
      const next = change(latest.current);
      latest.current = next;
      setSettings(next);
      service.saveSettings(next).then(
        () => setSaveError(null),
        (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)),
      );
    },
    [service],
  );

  return { settings, loaded, update, saveError };
}
