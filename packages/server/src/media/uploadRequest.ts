// `POST <base>_rivulet/upload/<token>`: a file a page uploads for st.fileUploader, its bytes the
// body, its name in `X-Rivulet-File-Name` (URI-encoded), its type the Content-Type. The token is
// the session's (the page has it from its socket's welcome): the file goes to that session, and
// the answer names it for the page's `setValue`. A file over the limit is refused before its
// bytes are read when its length is declared, and as soon as it passes the limit otherwise:
// the server never holds more of it than the limit.

import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export const UPLOAD_PREFIX = "_rivulet/upload/";

export interface UploadTarget {
  maxBytes: number;
  /** Hands the file to the session of `token`; false when there is none. */
  deliver(token: string, file: { id: string; name: string; type: string; bytes: Uint8Array }): boolean;
}

export function receiveUpload(req: IncomingMessage, res: ServerResponse, token: string, target: UploadTarget): void {
  const answer = (status: number, body: unknown): void => {
    if (res.headersSent) return;
    res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: status >= 400 ? "close" : "keep-alive" }).end(JSON.stringify(body));
  };
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return answer(405, { error: "Uploads are POSTed." });
  }
  const rawName = req.headers["x-rivulet-file-name"];
  let name: string;
  try {
    name = typeof rawName === "string" ? decodeURIComponent(rawName) : "";
  } catch {
    name = "";
  }
  if (name === "" || name.length > 1024) return answer(400, { error: "The upload needs its file name in X-Rivulet-File-Name (URI-encoded)." });
  const limit = target.maxBytes;
  const declared = req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
  const tooLarge = () => ({ error: `${JSON.stringify(name)} is larger than the ${formatBytes(limit)} a file may be.` });
  if (declared !== null && (!Number.isInteger(declared) || declared < 0)) return answer(400, { error: "The upload's Content-Length is malformed." });
  if (declared !== null && declared > limit) {
    answer(413, tooLarge());
    req.destroy();
    return;
  }
  // Known length: one buffer of that size, filled as the body comes (no copy at the end).
  let buffer = new Uint8Array(declared ?? Math.min(limit, 1 << 20));
  let length = 0;
  let refused = false;
  req.on("data", (chunk: Buffer) => {
    if (refused) return;
    if (length + chunk.byteLength > limit || (declared !== null && length + chunk.byteLength > declared)) {
      refused = true;
      answer(413, tooLarge());
      req.destroy();
      return;
    }
    if (length + chunk.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.min(limit, Math.max(buffer.byteLength * 2, length + chunk.byteLength)));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk, length);
    length += chunk.byteLength;
  });
  req.on("error", () => undefined);
  req.on("end", () => {
    if (refused) return;
    if (declared !== null && length !== declared) return answer(400, { error: "The upload ended before its declared length." });
    const bytes = length === buffer.byteLength ? buffer : buffer.slice(0, length);
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim();
    const file = { id: randomBytes(12).toString("base64url"), name, type: type === "application/octet-stream" ? "" : type, bytes };
    if (!target.deliver(token, file)) return answer(404, { error: "This page's session is gone: reload the page." });
    answer(200, { id: file.id, name, type: file.type, size: length });
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}
