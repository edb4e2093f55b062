// The playground: a simulated Word document on the left, the real Gatecheck pane on the right,
// wired through the simulator's WordHost exactly as the pane is wired to Word.
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  shorthands,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { readDocx } from "../docx";
import { createSimulatedWord, type SimulatedWord } from "../sim";
import { Root } from "../taskpane/app/Root";
import { createWorkerRunner } from "../taskpane/engine/runner";
import { pickLanguage } from "../taskpane/i18n";
import { DEFAULT_TEAM_RULES } from "../taskpane/service";
import { localSettingsStore } from "../taskpane/settings-store";
import { fluentTheme, type ThemeName } from "../taskpane/theme";
import { createWordService } from "../taskpane/word-service";
import { DocumentView } from "./DocumentView";
import { SAMPLES, sampleById } from "./samples";

const useStyles = makeStyles({
  shell: {
    height: "100%",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    flexWrap: "wrap",
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalL),
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto" },
  brandSub: { color: tokens.colorNeutralForegroundOnBrand },
  controls: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  label: { color: tokens.colorNeutralForegroundOnBrand },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", minHeight: 0 },
  docArea: { overflowY: "auto", ...shorthands.padding("24px"), minHeight: 0 },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  center: { display: "grid", placeItems: "center", height: "100%" },
  hidden: { display: "none" },
});

type Loaded = { kind: "ready"; sim: SimulatedWord; name: string; id: number } | { kind: "loading" } | { kind: "error"; message: string };

let loadCounter = 0;
const PLAYGROUND_USER = "You (Vendor)";

async function openBytes(bytes: Uint8Array, name: string): Promise<Loaded> {
  const doc = readDocx(bytes, name);
  const sim = createSimulatedWord(doc, { userName: PLAYGROUND_USER });
  return { kind: "ready", sim, name, id: ++loadCounter };
}

export interface PlaygroundProps {
  initialSample: string | null;
  theme: ThemeName;
}

export function Playground({ initialSample, theme }: PlaygroundProps) {
  const styles = useStyles();
  const [sample, setSample] = useState(sampleById(initialSample).id as string);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (sample === "upload") return;
    let live = true;
    setLoaded({ kind: "loading" });
    const entry = sampleById(sample);
    fetch(entry.file)
      .then((r) => {
        if (!r.ok) throw new Error(`${entry.file}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buffer) => openBytes(new Uint8Array(buffer), entry.file.split("/").pop() ?? entry.id))
      .then((l) => live && setLoaded(l))
      .catch((e: unknown) => live && setLoaded({ kind: "error", message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [sample]);

  const onUpload = (file: File | undefined) => {
    if (!file) return;
    setSample("upload");
    setLoaded({ kind: "loading" });
    file
      .arrayBuffer()
      .then((buffer) => openBytes(new Uint8Array(buffer), file.name))
      .then(setLoaded)
      .catch((e: unknown) => setLoaded({ kind: "error", message: e instanceof Error ? e.message : String(e) }));
  };

  const service = useMemo(() => {
    if (loaded.kind !== "ready") return null;
    return createWordService(loaded.sim.host, {
      inWord: false,
      runner: createWorkerRunner("engine-worker.js"),
      // The simulated user is the vendor: their own tracked changes are not client redlines.
      settings: localSettingsStore(typeof localStorage === "undefined" ? null : localStorage, loaded.name, { ...DEFAULT_TEAM_RULES, ourAuthors: [PLAYGROUND_USER] }),
      documentName: loaded.name,
    });
  }, [loaded]);

  const switchTheme = () => {
    const url = new URL(window.location.href);
    url.searchParams.set("theme", theme === "dark" ? "light" : "dark");
    window.location.assign(url.toString());
  };

  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ height: "100%" }}>
      <div className={styles.shell}>
        <header className={styles.bar}>
          <div className={styles.brand}>
            <Text as="h1" weight="semibold" size={500} className={styles.label}>
              Gatecheck playground
            </Text>
            <Text size={200} className={styles.brandSub}>
              A simulated Word document with the real Gatecheck pane. Everything runs in this browser tab.
            </Text>
          </div>
          <div className={styles.controls}>
            <label htmlFor="gc-sample" className={styles.label}>
              <Text className={styles.label}>Sample</Text>
            </label>
            <Select id="gc-sample" value={sample} onChange={(_, d) => setSample(d.value)}>
              {SAMPLES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
              {sample === "upload" && <option value="upload">{loaded.kind === "ready" ? loaded.name : "Uploaded file"}</option>}
            </Select>
            <input
              ref={fileInput}
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className={styles.hidden}
              aria-label="Open a .docx file"
              onChange={(e) => onUpload(e.target.files?.[0])}
            />
            <Button onClick={() => fileInput.current?.click()}>Open .docx…</Button>
            <Button onClick={switchTheme}>{theme === "dark" ? "Light theme" : "Dark theme"}</Button>
          </div>
        </header>
        <div className={styles.main}>
          <main className={styles.docArea} aria-label="Simulated Word document">
            {loaded.kind === "loading" && (
              <div className={styles.center}>
                <Spinner label="Opening the document…" />
              </div>
            )}
            {loaded.kind === "error" && (
              <MessageBar intent="error">
                <MessageBarBody>That file could not be read: {loaded.message}</MessageBarBody>
              </MessageBar>
            )}
            {loaded.kind === "ready" && <DocumentView key={loaded.id} sim={loaded.sim} dark={theme === "dark"} />}
          </main>
          <aside className={styles.pane} aria-label="Gatecheck task pane">
            {service && loaded.kind === "ready" && (
              <Root key={loaded.id} service={service} hostLanguage={pickLanguage(navigator.language)} theme={theme} embedded />
            )}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
