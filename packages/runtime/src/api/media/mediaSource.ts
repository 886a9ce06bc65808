// What st.image, st.audio and st.video take as a source, as the node holds it: a URL (http,
// https, data:) as it is; bytes, an SVG string or a file path as a media file of the session,
// served over HTTP (session/mediaStore.ts), typed by the format given, by its first bytes, or
// by its file's extension.

import { invalidOption } from "../../errors/invalidOption.ts";
import { currentExecution } from "../../session/context.ts";
import type { MediaSource } from "../../wire/mediaRef.ts";
import { readLocalFile } from "./localFiles.ts";
import { UploadedFile } from "./UploadedFile.ts";
import type { BlobLike } from "../../session/mediaStore.ts";

export type MediaKind = "image" | "audio" | "video" | "file";

/** A source of media: a URL, a file path, the bytes themselves, a Blob (a File), or a file uploaded (st.fileUploader's). */
export type MediaData = string | Uint8Array | ArrayBuffer | ArrayBufferView | UploadedFile | BlobLike;

const URL_SCHEMES = /^(https?:|data:)/i;

const BY_EXTENSION: Record<string, string> = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", svg: "image/svg+xml", bmp: "image/bmp", ico: "image/x-icon", avif: "image/avif",
  wav: "audio/wav", mp3: "audio/mpeg", ogg: "audio/ogg", oga: "audio/ogg", flac: "audio/flac", m4a: "audio/mp4", aac: "audio/aac", opus: "audio/ogg",
  mp4: "video/mp4", webm: "video/webm", ogv: "video/ogg", mov: "video/quicktime", mkv: "video/x-matroska",
  vtt: "text/vtt", srt: "text/plain", pdf: "application/pdf", csv: "text/csv", txt: "text/plain", json: "application/json",
};
const EXTENSION_OF: Record<string, string> = Object.fromEntries(
  Object.entries(BY_EXTENSION).filter(([ext]) => !["jpeg", "oga", "opus", "srt"].includes(ext)).map(([ext, mime]) => [mime, ext]),
);
const DEFAULT_MIME: Record<MediaKind, string> = { image: "image/png", audio: "audio/wav", video: "video/mp4", file: "application/octet-stream" };

export function mediaSourceOf(api: string, option: string, data: unknown, kind: MediaKind, format?: string): MediaSource {
  if (typeof data === "string") {
    if (URL_SCHEMES.test(data)) return data;
    if (kind === "image" && /^\s*<svg[\s>]/i.test(data)) return keep(api, new TextEncoder().encode(data), "image/svg+xml");
    const read = readLocalFile(data);
    if (typeof read === "string") throw invalidOption(api, option, `a URL (http, https or data:), the bytes, or a file that exists: ${read}`, data);
    const extension = /\.([0-9a-z]+)$/i.exec(data)?.[1]?.toLowerCase();
    return keep(api, read, format ?? (extension !== undefined ? BY_EXTENSION[extension] : undefined) ?? sniff(read) ?? DEFAULT_MIME[kind]);
  }
  // An uploaded file is typed as the browser typed it (Streamlit's `st.image(uploaded_file)`).
  if (data instanceof UploadedFile) {
    const bytes = data.bytes();
    return keep(api, bytes, format ?? (data.type !== "" ? data.type : undefined) ?? sniff(bytes) ?? DEFAULT_MIME[kind]);
  }
  // A Blob's bytes are read after the call returns: typed by the format given, or the Blob's own type.
  if (isBlob(data)) return keepBlob(api, data, format ?? (data.type !== "" ? data.type : DEFAULT_MIME[kind]));
  const bytes = bytesOf(data);
  if (bytes === null) throw invalidOption(api, option, "a URL, a file path, the bytes (a Uint8Array or an ArrayBuffer), a Blob, or an uploaded file", data);
  return keep(api, bytes, format ?? sniff(bytes) ?? DEFAULT_MIME[kind]);
}

function keep(api: string, bytes: Uint8Array, mime: string): MediaSource {
  return currentExecution(api).session.media.put(api, bytes, mime, extensionOf(mime));
}

export function keepBlob(api: string, blob: BlobLike, mime: string): MediaSource {
  return currentExecution(api).session.media.putBlob(api, blob, mime, extensionOf(mime));
}

/** A file extension for a type ("bin" when it has none of its own). */
export function extensionOf(mime: string): string {
  return EXTENSION_OF[mime.split(";")[0]!.trim()] ?? "bin";
}

/** A Blob (or a File) of the host's (the runtime's core names no DOM type). */
export function isBlob(data: unknown): data is BlobLike {
  const blob = (globalThis as { Blob?: new (...args: never[]) => object }).Blob;
  return blob !== undefined && data instanceof blob;
}

export function bytesOf(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof UploadedFile) return data.bytes();
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

/** The type of a file from its first bytes (the formats browsers show), or undefined. */
export function sniff(bytes: Uint8Array): string | undefined {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  const text = (offset: number, word: string) => at(offset, ...[...word].map((c) => c.charCodeAt(0)));
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (at(0, 0xff, 0xd8, 0xff)) return "image/jpeg";
  if (text(0, "GIF8")) return "image/gif";
  if (text(0, "RIFF") && text(8, "WEBP")) return "image/webp";
  if (text(0, "RIFF") && text(8, "WAVE")) return "audio/wav";
  if (text(0, "BM")) return "image/bmp";
  if (text(0, "ID3") || at(0, 0xff, 0xfb) || at(0, 0xff, 0xf3)) return "audio/mpeg";
  if (text(0, "OggS")) return "audio/ogg";
  if (text(0, "fLaC")) return "audio/flac";
  if (text(4, "ftyp")) return text(8, "M4A ") ? "audio/mp4" : "video/mp4";
  if (at(0, 0x1a, 0x45, 0xdf, 0xa3)) return "video/webm";
  if (text(0, "%PDF")) return "application/pdf";
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(head)) return "image/svg+xml";
  return undefined;
}
