// Where the page fetches a media source: a URL as it is, or a session's file from its host. The
// server's host serves them below the page's folder (`_rivulet/media/<id>`, relative, so the app
// works under any path, as its WebSocket does); another host says where its files are
// (`useMediaFiles`: the playground's are object URLs of the bytes its worker sent).
import type { MediaSource } from "../wire.ts";

export interface MediaFiles {
  /** The URL of the session's file `id`. */
  url(id: string): string;
  /** The URL that downloads it as `fileName` (an attachment). */
  download(id: string, fileName: string): string;
}

const MEDIA_PATH = "_rivulet/media/";

let files: MediaFiles = {
  url: (id) => `${MEDIA_PATH}${id}`,
  download: (id, fileName) => `${MEDIA_PATH}${id}?download=${encodeURIComponent(fileName)}`,
};

/** This page's host serves its media files another way than the server's. */
export function useMediaFiles(host: MediaFiles): void {
  files = host;
}

export function mediaUrl(source: MediaSource): string {
  return typeof source === "string" ? source : files.url(source.$media);
}

export function downloadUrl(file: { $media: string }, fileName: string): string {
  return files.download(file.$media, fileName);
}
