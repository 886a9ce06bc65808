// The production server's HTTP side: the page and its assets under the base path, a health
// endpoint, the sessions' media files, and nothing else. Only files of the built page are ever served (they are looked up
// by name in what StaticFiles read at startup: no path reaches anything else on disk).

import type { IncomingMessage, ServerResponse } from "node:http";
import { accessRefusal, type AccessPolicy } from "../transport/accessPolicy.ts";
import type { StaticFiles } from "./staticFiles.ts";
import { isPagePath } from "./pagePath.ts";
import type { MediaFiles } from "../media/MediaFiles.ts";
import { MEDIA_PREFIX, serveMedia } from "../media/mediaRequest.ts";
import { UPLOAD_PREFIX, receiveUpload, type UploadTarget } from "../media/uploadRequest.ts";

export interface Health {
  status: "ok" | "shutting down" | "unavailable";
  [field: string]: unknown;
}

export interface HandlerOptions {
  /** Where the app is mounted: starts and ends with "/". */
  base: string;
  files: StaticFiles;
  policy: AccessPolicy;
  health: () => Health;
  /** The sessions' media files (st.image of bytes, st.audio of a file), served at `_rivulet/media/<id>`. */
  media: MediaFiles;
  /** Where files uploaded at `_rivulet/upload/<token>` go (st.fileUploader). */
  uploads: UploadTarget;
  /** Unexpected failures (a request handler bug) go here; the client gets a bare 500. */
  onError: (error: unknown) => void;
}

/** `<base>_rivulet/health`: 200 while the server takes sessions, 503 otherwise. */
export const HEALTH_PATH = "_rivulet/health";

export function requestHandler(options: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { base, files, policy } = options;
  const frameAncestors = policy.allowedOrigins === "*" ? "*" : ["'self'", ...policy.allowedOrigins].join(" ");
  return (req, res) => {
    try {
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Referrer-Policy", "same-origin");
      // Only the app's own pages and the origins allowed to embed it may frame it.
      res.setHeader("Content-Security-Policy", `frame-ancestors ${frameAncestors}`);
      const refusal = accessRefusal({ ...policy, allowedOrigins: "*" }, { host: req.headers.host });
      if (refusal !== null) return text(res, 403, `Blocked request. ${refusal}`);
      const uploadPath = `${base}${UPLOAD_PREFIX}`;
      const url = req.url ?? "/";
      if (url.startsWith(uploadPath)) {
        // From the app's own pages only, as its socket: another site's page cannot post to a session.
        const origin = accessRefusal(policy, { host: req.headers.host, origin: req.headers.origin });
        if (origin !== null) return text(res, 403, `Blocked request. ${origin}`);
        return receiveUpload(req, res, url.slice(uploadPath.length).split("?", 1)[0]!, options.uploads);
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        return text(res, 405, "Method not allowed.");
      }
      const [rawPath = "/", query] = (req.url ?? "/").split("?", 2) as [string, string | undefined];
      const pathname = decode(rawPath);
      if (pathname === null) return text(res, 400, "Bad request: the URL is malformed.");
      if (`${pathname}/` === base) return redirect(res, base + (query === undefined ? "" : `?${query}`));
      if (!pathname.startsWith(base)) return text(res, 404, "Not found.");
      const relative = pathname.slice(base.length);
      if (relative === HEALTH_PATH) return health(res, options.health());
      if (relative.startsWith(MEDIA_PREFIX)) return serveMedia(req, res, options.media, relative.slice(MEDIA_PREFIX.length), query);
      if (files.send(req, res, relative === "" ? "index.html" : relative)) return;
      // A page of a multipage app (/orders): the app's page, which shows it.
      if (isPagePath(relative) && files.send(req, res, "index.html")) return;
      text(res, 404, "Not found.");
    } catch (error) {
      options.onError(error);
      if (!res.headersSent) text(res, 500, "Internal server error.");
      else res.destroy();
    }
  };
}

function decode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function health(res: ServerResponse, body: Health): void {
  res.statusCode = body.status === "ok" ? 200 : 503;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(`${JSON.stringify(body)}\n`);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader("Location", location);
  res.end();
}

function text(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(`${body}\n`);
}
