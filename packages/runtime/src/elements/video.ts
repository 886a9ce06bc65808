// st.video: a video the page plays with the browser's controls, its subtitles as text tracks
// (SRT turned into WebVTT, which browsers read), or a YouTube video in YouTube's player.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { bytesOf, mediaSourceOf, type MediaData } from "../api/media/mediaSource.ts";
import { readLocalFile } from "../api/media/localFiles.ts";
import { playbackFields, type PlaybackOptions } from "../api/media/playback.ts";
import { currentExecution } from "../session/context.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaRef, mediaSource, type MediaSource } from "../wire/mediaRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";
import { playback } from "./audio.ts";

export interface VideoOptions extends PlaybackOptions {
  /** The file's type ("video/mp4" when neither it nor its first bytes say). */
  format?: string;
  /** Subtitles (WebVTT or SRT: text, bytes or a file path), or several by label: `{ English: "en.vtt" }`. */
  subtitles?: MediaData | Record<string, MediaData>;
  muted?: boolean;
  width?: Width;
}

const YOUTUBE = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([\w-]{11})/;

export function video(this: unknown, data: MediaData, options: VideoOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("video", "options", "an object of options", options);
  if (options.format !== undefined && (typeof options.format !== "string" || !/^[\w-]+\/[\w.+-]+$/.test(options.format))) throw invalidOption("video", "format", 'a MIME type ("video/mp4")', options.format);
  if (options.muted !== undefined && typeof options.muted !== "boolean") throw invalidOption("video", "muted", "true or false", options.muted);
  const size = checkWidth("video", options.width, "stretch");
  const timing = playbackFields("video", options);
  const youtube = typeof data === "string" ? YOUTUBE.exec(data)?.[1] : undefined;
  const src: MediaSource = youtube !== undefined ? `https://www.youtube.com/embed/${youtube}` : mediaSourceOf("video", "data", data, "video", options.format);
  return writeElement(containerOf(this), "video", {
    kind: "video",
    src,
    ...(youtube !== undefined ? { youtube: true as const } : {}),
    ...timing,
    ...(options.muted === true ? { muted: true as const } : {}),
    ...(options.subtitles !== undefined ? { subtitles: subtitlesOf(options.subtitles) } : {}),
    ...(size !== "stretch" ? { width: size } : {}),
  });
}

function subtitlesOf(given: NonNullable<VideoOptions["subtitles"]>): { label: string; src: v.InferOutput<typeof mediaRef> }[] {
  const byLabel: [string, unknown][] = typeof given === "object" && given !== null && bytesOf(given) === null ? Object.entries(given) : [["default", given]];
  return byLabel.map(([label, source]) => ({ label, src: subtitleFile(source) }));
}

/** A subtitles file as WebVTT, kept as a media file of the session. */
function subtitleFile(source: unknown): v.InferOutput<typeof mediaRef> {
  let text: string;
  if (typeof source === "string" && !/-->/.test(source)) {
    const read = readLocalFile(source);
    if (typeof read === "string") throw invalidOption("video", "subtitles", `WebVTT or SRT text, its bytes, or a file that exists: ${read}`, source);
    text = new TextDecoder().decode(read);
  } else if (typeof source === "string") text = source;
  else {
    const bytes = bytesOf(source);
    if (bytes === null) throw invalidOption("video", "subtitles", "WebVTT or SRT text, its bytes, or a file path", source);
    text = new TextDecoder().decode(bytes);
  }
  const vtt = text.trimStart().startsWith("WEBVTT") ? text : srtToVtt(text);
  return currentExecution("video").session.media.put("video", new TextEncoder().encode(vtt), "text/vtt", "vtt");
}

/** SRT as WebVTT: a header, and a dot for the comma of each time, as Streamlit converts it. */
function srtToVtt(srt: string): string {
  return `WEBVTT\n\n${srt.replace(/\r/g, "").replace(/(\d\d:\d\d:\d\d),(\d\d\d)/g, "$1.$2")}`;
}

export const node = v.object({
  kind: v.literal("video"),
  src: mediaSource,
  /** The source is YouTube's player (an iframe), not a video file. */
  youtube: v.optional(v.literal(true)),
  ...playback,
  muted: v.optional(v.literal(true)),
  subtitles: v.optional(v.array(v.object({ label: v.string(), src: mediaRef }))),
  width,
});

export default defineElement({
  kind: "video",
  node,
  api: { video },
  section: "Media",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.src },
  docs: [
    {
      calls: ["st.video(data, { format, startTime, endTime, subtitles, loop, autoplay, muted, width })"],
      streamlit: ["st.video"],
      notes: "a URL (YouTube too), a file path or the bytes; subtitles in WebVTT or SRT",
      example: 'st.video("https://www.youtube.com/watch?v=aqz-KE-bpKQ", { startTime: 30 });',
    },
  ],
});
