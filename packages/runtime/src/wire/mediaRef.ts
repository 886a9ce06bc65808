// How a node names a media file the session keeps (an image, a sound, a video given as bytes or
// as a file path): `{ $media: id }`. The page fetches it over HTTP from its session's host at
// `_rivulet/media/<id>`, with Range requests, never inside a WebSocket message; the id is a hash
// of its bytes with the file's extension, so the browser's cache holds it across reruns.

import * as v from "valibot";
import type { Json } from "./protocol.ts";
import { collectRefs } from "./refs.ts";

export const mediaRef = v.object({ $media: v.pipe(v.string(), v.regex(/^[0-9a-z-]+\.[0-9a-z]+$/)) });
export type MediaRef = v.InferOutput<typeof mediaRef>;

/** Where the page fetches media: below the page's folder, as its WebSocket (`_rivulet/ws`). */
export const MEDIA_PATH = "_rivulet/media/";

/** A media source on the wire: a URL the page loads as it is, or a file of the session's. */
export const mediaSource = v.union([v.pipe(v.string(), v.minLength(1)), mediaRef]);
export type MediaSource = v.InferOutput<typeof mediaSource>;

/** Adds to `into` the ids of the media that `value` (a node, a tree) names. */
export function collectMediaRefs(value: Json | undefined, into: Set<string>): void {
  collectRefs(value, "$media", into);
}
