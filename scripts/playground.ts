// `npm run playground`: builds the web bundle when dist/web is missing or older than its sources,
// then serves the playground at http://localhost:3001/ (PORT overrides) with node:http. office.js
// comes from node_modules/@microsoft/office-js, so the pane starts up on the real library.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const ROOT = resolve(__dirname, "..");
export const WEB_DIR = join(ROOT, "dist", "web");
const OFFICE_DIR = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const BUILD_MARKER = join(WEB_DIR, "index.html");
const SOURCES = ["src", "assets", "webpack.config.js", "package.json", "tsconfig.json"].map((p) => join(ROOT, p));

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".txt": "text/plain; charset=utf-8",
};

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when there is no build, or a source is newer than it. */
export function needsBuild(): boolean {
  if (!existsSync(BUILD_MARKER)) return true;
  const built = statSync(BUILD_MARKER).mtimeMs;
  return SOURCES.some((p) => newestMtime(p) > built);
}

/** Runs the production web build (webpack), inheriting its output on stderr. */
export function buildWeb(): void {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`The web build failed (exit code ${result.status}).`);
}

export function ensureBuilt(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (!needsBuild()) return;
  log("Building the playground (webpack --mode production)…");
  buildWeb();
}

/** Maps a URL path to a file under `base`, refusing anything that escapes it. */
export function safeJoin(base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const full = normalize(join(base, decoded));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function fileFor(pathname: string): string | null {
  if (pathname === "/" || pathname === "") return join(WEB_DIR, "index.html");
  if (pathname.startsWith("/office-js/")) return safeJoin(OFFICE_DIR, pathname.slice("/office-js/".length));
  return safeJoin(WEB_DIR, pathname.slice(1));
}

export interface PlaygroundServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startPlaygroundServer(port: number, host = "127.0.0.1"): Promise<PlaygroundServer> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = fileFor(pathname);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actual}/`,
        port: actual,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

async function main(): Promise<void> {
  ensureBuilt();
  const port = Number(process.env.PORT ?? 3001);
  const server = await startPlaygroundServer(port);
  process.stdout.write(`Gatecheck playground: ${server.url}  (samples: ?sample=weak|strong|redlined, dark: &theme=dark)\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
