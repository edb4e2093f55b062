// Imports flow one way (DESIGN.md): engine <- docx, office, sim <- taskpane, playground, cli.
// The engine is pure: no Node, DOM or Office APIs, so it runs in the pane, the CLI and a worker.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

const SRC = resolve(__dirname, "..", "src");

const ALLOWED: Record<string, string[]> = {
  engine: ["engine"],
  docx: ["engine", "docx"],
  office: ["engine", "office"],
  sim: ["engine", "sim"],
  taskpane: ["engine", "office", "taskpane"],
  commands: ["engine", "office", "commands"],
  playground: ["engine", "docx", "office", "sim", "taskpane", "playground"],
  cli: ["engine", "docx", "cli"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  const re = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push((m[1] ?? m[2] ?? m[3]) as string);
  return found;
}

const files = sourceFiles(SRC);

test("the source tree has files in every layer it declares", () => {
  const layers = new Set(files.map((f) => relative(SRC, f).split("/")[0]));
  expect(layers.has("engine")).toBe(true);
});

test.each(files.map((f) => [relative(SRC, f), f]))("%s imports only from allowed layers", (_name, file) => {
  const layer = relative(SRC, file).split("/")[0] as string;
  const allowed = ALLOWED[layer];
  expect(allowed).toBeDefined();
  for (const spec of imports(file)) {
    if (!spec.startsWith(".")) {
      if (layer === "engine") {
        // The engine may use no runtime library and no host API.
        expect({ file, spec, ok: false }).toEqual({ file, spec, ok: spec === "diff" });
      }
      continue;
    }
    const target = relative(SRC, resolve(dirname(file), spec)).split("/")[0] as string;
    expect({ file, spec, allowed: allowed!.includes(target) }).toEqual({ file, spec, allowed: true });
  }
});

test("the engine touches no host globals", () => {
  const engineFiles = files.filter((f) => relative(SRC, f).startsWith("engine/"));
  const hostGlobals = /(?<![.\w$])(Office|Word|window|document|process|require|globalThis)\s*[.(]/;
  for (const file of engineFiles) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    expect({ file, host: hostGlobals.exec(code)?.[0] ?? null }).toEqual({ file, host: null });
  }
});
