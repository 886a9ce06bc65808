// st.pdf: a PDF document shown in the page, every page of it in a scrolling frame of `height`
// (pdf.js draws it, in its own chunk). A URL goes to the page as it is (its server must allow
// the page to fetch it: CORS); bytes, a file path or an uploaded file become a media file of the
// session, served over HTTP (api/media/mediaSource.ts).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { mediaSourceOf, type MediaData } from "../api/media/mediaSource.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaSource } from "../wire/mediaRef.ts";
import { defineElement } from "./define.ts";

export interface PdfOptions {
  /** The frame's height in pixels (500 by default), or "stretch": the document's whole height. */
  height?: number | "stretch";
  /** Streamlit's parameter, taken for the same calls to run: an element needs no identity here. */
  key?: string | number;
}

export function pdf(this: unknown, data: MediaData, options: PdfOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("pdf", "options", "an object of options", options);
  const height = options.height ?? 500;
  if (height !== "stretch" && !(Number.isInteger(height) && height > 0)) throw invalidOption("pdf", "height", 'a number of pixels or "stretch"', height);
  if (options.key !== undefined && typeof options.key !== "string" && typeof options.key !== "number") throw invalidOption("pdf", "key", "a string or a number", options.key);
  return writeElement(containerOf(this), "pdf", { kind: "pdf", src: mediaSourceOf("pdf", "data", data, "file", "application/pdf"), height });
}

export const node = v.object({
  kind: v.literal("pdf"),
  src: mediaSource,
  height: v.union([v.literal("stretch"), v.pipe(v.number(), v.integer(), v.minValue(1))]),
});

export default defineElement({
  kind: "pdf",
  node,
  api: { pdf },
  section: "Media",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.src },
  docs: [
    {
      calls: ['st.pdf(data, { height })'],
      streamlit: ["st.pdf"],
      notes: "a URL, a file path, the bytes or an uploaded file; drawn with pdf.js, each page as it scrolls into view",
      example: 'st.pdf("https://example.com/report.pdf", { height: 400 });',
    },
  ],
});
