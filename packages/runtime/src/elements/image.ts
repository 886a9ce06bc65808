// st.image: one image or several side by side, each with its caption. A URL goes to the page as
// it is; bytes, an SVG string or a file path become a media file of the session, which the page
// fetches over HTTP (api/media/mediaSource.ts).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { mediaSourceOf, type MediaData } from "../api/media/mediaSource.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaSource } from "../wire/mediaRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";

export interface ImageOptions {
  /** A caption under the image, or one per image (Markdown). */
  caption?: string | readonly string[];
  /** "content" (the default): the image's own width, at most the container's; "stretch"; or pixels. */
  width?: Width;
  /** Deprecated in Streamlit 1.50: `width: "stretch"`. */
  useContainerWidth?: boolean;
}

export function image(this: unknown, image: MediaData | readonly MediaData[], options: ImageOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("image", "options", "an object of options", options);
  const list = Array.isArray(image) ? image : [image];
  if (list.length === 0) throw invalidOption("image", "image", "an image, or a non-empty array of them", image);
  const captions = options.caption === undefined ? [] : typeof options.caption === "string" ? [options.caption] : options.caption;
  if (!Array.isArray(captions) || !captions.every((c) => typeof c === "string")) throw invalidOption("image", "caption", "a string or an array of strings", options.caption);
  // Streamlit: one caption per image, or a single one for a single image.
  if (captions.length > 0 && captions.length !== list.length) throw invalidOption("image", "caption", `one caption per image (${list.length})`, options.caption);
  const size = options.useContainerWidth === true ? "stretch" : checkWidth("image", options.width, "content");
  const images = list.map((item, i) => ({ src: mediaSourceOf("image", "image", item, "image"), ...(captions[i] !== undefined ? { caption: captions[i]! } : {}) }));
  return writeElement(containerOf(this), "image", { kind: "image", images, ...(size !== "content" ? { width: size } : {}) });
}

export const node = v.object({
  kind: v.literal("image"),
  images: v.array(v.object({ src: mediaSource, caption: v.optional(v.string()) })),
  /** Absent: each image's own width, at most the container's. */
  width,
});

export default defineElement({
  kind: "image",
  node,
  api: { image },
  section: "Media",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.images.map((i) => i.src) },
  docs: [
    {
      calls: ["st.image(image | images, { caption, width })"],
      streamlit: ["st.image"],
      notes: "a URL, a file path, the bytes, a Blob, an uploaded file or an SVG string; bytes and files are served over HTTP with content hashes",
      example: 'st.image("https://placehold.co/320x120.png", { caption: "A placeholder" });',
    },
  ],
});
