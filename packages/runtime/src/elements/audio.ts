// st.audio: a sound the page plays with the browser's own controls; its file served over HTTP
// with Range requests (the browser seeks in it), or a URL as it is.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { mediaSourceOf, type MediaData } from "../api/media/mediaSource.ts";
import { playbackFields, type PlaybackOptions } from "../api/media/playback.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaSource } from "../wire/mediaRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";

export interface AudioOptions extends PlaybackOptions {
  /** The file's type ("audio/wav" when neither it nor its first bytes say). */
  format?: string;
  width?: Width;
}

export function audio(this: unknown, data: MediaData, options: AudioOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("audio", "options", "an object of options", options);
  if (options.format !== undefined && (typeof options.format !== "string" || !/^[\w-]+\/[\w.+-]+$/.test(options.format))) throw invalidOption("audio", "format", 'a MIME type ("audio/wav")', options.format);
  const size = checkWidth("audio", options.width, "stretch");
  return writeElement(containerOf(this), "audio", {
    kind: "audio",
    src: mediaSourceOf("audio", "data", data, "audio", options.format),
    ...playbackFields("audio", options),
    ...(size !== "stretch" ? { width: size } : {}),
  });
}

export const playback = {
  startTime: v.optional(v.pipe(v.number(), v.minValue(0))),
  endTime: v.optional(v.pipe(v.number(), v.minValue(0))),
  loop: v.optional(v.literal(true)),
  autoplay: v.optional(v.literal(true)),
};

export const node = v.object({ kind: v.literal("audio"), src: mediaSource, ...playback, width });

export default defineElement({
  kind: "audio",
  node,
  api: { audio },
  section: "Media",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.src },
  docs: [
    {
      calls: ["st.audio(data, { format, startTime, endTime, loop, autoplay, width })"],
      streamlit: ["st.audio"],
      notes: "a URL, a file path or the bytes; served over HTTP with Range requests",
      example: 'st.audio("https://upload.wikimedia.org/wikipedia/commons/c/c8/Example.ogg", { startTime: "1s" });',
    },
  ],
});
