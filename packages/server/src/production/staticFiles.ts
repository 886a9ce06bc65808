// The page's files, read once at startup (a built folder does not change): each with its type,
// size, ETag and the precompressed variants the build wrote beside it. Hashed assets are cached
// for a year; the page itself is revalidated on every load, so a new build shows at once.

import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

/** Content types of the files a page is made of, by extension. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Variants the build writes, best first: what the server prefers when the browser takes both. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

interface StaticFile {
  file: string;
  type: string;
  size: number;
  etag: string;
  immutable: boolean;
  encoded: { name: string; file: string; size: number }[];
}

export class StaticFiles {
  private constructor(private readonly files: ReadonlyMap<string, StaticFile>) {}

  /** Everything under `dir`, by path relative to it (with "/"); compressed variants go with their file. */
  static async load(dir: string): Promise<StaticFiles> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const paths = new Set(
      entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")),
    );
    const files = new Map<string, StaticFile>();
    for (const relative of paths) {
      if (ENCODINGS.some((e) => relative.endsWith(e.suffix) && paths.has(relative.slice(0, -e.suffix.length)))) continue;
      const file = path.join(dir, relative);
      const info = await stat(file);
      const encoded = [];
      for (const encoding of ENCODINGS) {
        if (!paths.has(relative + encoding.suffix)) continue;
        encoded.push({ name: encoding.name, file: file + encoding.suffix, size: (await stat(file + encoding.suffix)).size });
      }
      files.set(relative, {
        file,
        type: contentTypeOf(relative),
        size: info.size,
        etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
        // Vite names built assets by their content hash: a new build has new names.
        immutable: relative.startsWith("assets/"),
        encoded,
      });
    }
    return new StaticFiles(files);
  }

  has(relative: string): boolean {
    return this.files.has(relative);
  }

  /** Sends the file at `relative` (a key of `load`); false when there is none. */
  send(req: IncomingMessage, res: ServerResponse, relative: string): boolean {
    const found = this.files.get(relative);
    if (found === undefined) return false;
    res.setHeader("Content-Type", found.type);
    res.setHeader("Cache-Control", found.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    res.setHeader("ETag", found.etag);
    if (found.encoded.length > 0) res.setHeader("Vary", "Accept-Encoding");
    if (req.headers["if-none-match"] === found.etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const variant = found.encoded.find((e) => accepted.has(e.name));
    if (variant !== undefined) res.setHeader("Content-Encoding", variant.name);
    res.setHeader("Content-Length", variant?.size ?? found.size);
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    createReadStream(variant?.file ?? found.file)
      .on("error", () => res.destroy())
      .pipe(res);
    return true;
  }
}

/** The encodings an Accept-Encoding header takes (those not given `q=0`). */
function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  return accepted;
}
