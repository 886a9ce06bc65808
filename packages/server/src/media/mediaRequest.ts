// `GET <base>_rivulet/media/<id>`: a session's media file, as browsers want media served: its
// type, a strong ETag (the id is a hash of its bytes, so it never changes: cached for a year),
// and byte ranges (`Range: bytes=a-b` → 206), without which a browser cannot seek in a video.
// A file no session holds any longer is 404; one whose bytes are on their way (a Blob the
// session is reading) is answered when they come. `?download=<name>` serves it as an attachment
// of that name (st.downloadButton).

import type { IncomingMessage, ServerResponse } from "node:http";
import type { MediaFile, MediaFiles } from "./MediaFiles.ts";

/** How long a request waits for a file whose bytes are on their way. */
const WAIT_MS = 30_000;

/** Where media are served, below the app's base (the page's `MEDIA_PATH`). */
export const MEDIA_PREFIX = "_rivulet/media/";

export function serveMedia(req: IncomingMessage, res: ServerResponse, files: MediaFiles, id: string, query = ""): void {
  if (!/^[0-9a-z-]+\.[0-9a-z]+$/.test(id)) return respond(req, res, undefined, id, query);
  const file = files.get(id);
  if (file !== undefined) return respond(req, res, file, id, query);
  void files.whenReady(id, WAIT_MS).then((ready) => respond(req, res, ready, id, query));
}

function respond(req: IncomingMessage, res: ServerResponse, file: MediaFile | undefined, id: string, query: string): void {
  if (file === undefined) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("No such media file: the page that showed it has moved on.");
    return;
  }
  const size = file.bytes.byteLength;
  const etag = `"${id}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.mime,
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Cache-Control": "private, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  };
  // An SVG may hold scripts: shown as an image it cannot run them, opened alone it must not either.
  if (file.mime === "image/svg+xml") headers["Content-Security-Policy"] = "script-src 'none'; sandbox";
  const download = new URLSearchParams(query).get("download");
  if (download !== null) headers["Content-Disposition"] = attachment(download);
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const range = req.headers.range === undefined ? null : parseRange(req.headers.range, size);
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}` }).end();
    return;
  }
  const [start, end] = range ?? [0, size - 1];
  const body = file.bytes.subarray(start, end + 1);
  headers["Content-Length"] = String(body.byteLength);
  if (range !== null) headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(range === null ? 200 : 206, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** One range of `Range: bytes=…` (the first, as most servers take it), or null for none that applies. */
export function parseRange(header: string, size: number): [number, number] | null | "unsatisfiable" {
  const match = /^bytes=(\d*)-(\d*)(?:,.*)?$/.exec(header.trim());
  if (match === null) return null;
  const [, from, to] = match as unknown as [string, string, string];
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return [start, end];
}

/** `Content-Disposition: attachment` for a file name of any characters (RFC 6266, with an ASCII fallback). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
