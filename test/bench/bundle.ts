// The task pane's initial JavaScript in the production build: every local script taskpane.html
// loads before the pane can paint (lazy view chunks and the engine worker are not initial).
// Builds first when dist/web is missing or stale. gzip at level 9, per file, as a server sends it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureBuilt, WEB_DIR } from "../../scripts/playground";

export interface BundleSize {
  taskpaneJsBytes: number;
  taskpaneJsGzipBytes: number;
}

/** Local script sources of an HTML page (remote ones, like Microsoft's office.js, excluded). */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const src = m[1] as string;
    if (!/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

export async function benchBundle(): Promise<BundleSize> {
  ensureBuilt();
  const html = readFileSync(join(WEB_DIR, "taskpane.html"), "utf8");
  let raw = 0;
  let gz = 0;
  for (const src of localScripts(html)) {
    const bytes = readFileSync(join(WEB_DIR, src));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { taskpaneJsBytes: raw, taskpaneJsGzipBytes: gz };
}

if (require.main === module) {
  benchBundle().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
