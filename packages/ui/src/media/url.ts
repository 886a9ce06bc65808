// Where the page fetches a media source: a URL as it is, a session's file below the page's folder
// (`_rivulet/media/<id>`, relative, so the app works under any path, as its WebSocket does).
import type { MediaSource } from "../wire.ts";

export function mediaUrl(source: MediaSource): string {
  return typeof source === "string" ? source : `${MEDIA_PATH}${source.$media}`;
}

const MEDIA_PATH = "_rivulet/media/";
