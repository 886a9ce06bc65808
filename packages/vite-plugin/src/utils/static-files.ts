import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ServerResponse } from "node:http";
import { contentTypeOf } from "@rivulet/server/production";

/** The file under `dir` for a relative URL path, or undefined when it escapes `dir` or is not a file. */
export async function findStaticFile(dir: string, relativePath: string): Promise<string | undefined> {
  const root = path.resolve(dir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${relativePath}`)}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

export function sendFile(res: ServerResponse, file: string): void {
  res.setHeader("Content-Type", contentTypeOf(file));
  res.setHeader("Cache-Control", "no-cache");
  createReadStream(file).pipe(res);
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.setHeader("Content-Type", contentTypeOf("index.html"));
  res.setHeader("Cache-Control", "no-cache");
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", contentTypeOf("message.txt"));
  res.end(`${text}\n`);
}

/** The decoded path of a request URL, or null when it is malformed (`/%E0%A4%A`): a 400, not a 500. */
export function pathnameOf(url: string | undefined): string | null {
  // Not `new URL(url, base)`: it would read `//app.ts` as the host "app.ts".
  try {
    return decodeURIComponent((url ?? "/").replace(/[?#].*$/s, ""));
  } catch {
    return null;
  }
}
