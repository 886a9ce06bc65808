// st.logo: an image in the upper-left corner of the app and of its sidebar, linked when given a
// link; `iconImage` stands in for it in the main area when the sidebar is folded or absent. As in
// Streamlit, the last call of a run is the one shown. An element that takes no room where it is
// written (as st.set_page_config): the page shows the last one of its tree; its node keeps its
// image's media file served.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { mediaSourceOf, type MediaData } from "../api/media/mediaSource.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaSource } from "../wire/mediaRef.ts";
import { defineElement } from "./define.ts";
import { checkChoice } from "./fields.ts";

const SIZES = ["small", "medium", "large"] as const;

export interface LogoOptions {
  /** How tall it is: "small", "medium" (the default) or "large". */
  size?: (typeof SIZES)[number];
  /** An external link (http or https) the logo opens. */
  link?: string;
  /** What the main area shows when the sidebar is folded or absent (the image when not given). */
  iconImage?: MediaData;
}

export function logo(this: unknown, image: MediaData, options: LogoOptions = {}): void {
  if (typeof options !== "object" || options === null) throw invalidOption("logo", "options", "an object of options", options);
  const size = checkChoice("logo", "size", options.size, SIZES, "medium");
  const link = options.link ?? undefined;
  if (link !== undefined && !(typeof link === "string" && isExternalUrl(link))) {
    throw invalidOption("logo", "link", "an external link, starting with http:// or https://", link);
  }
  writeElement(containerOf(this), "logo", {
    kind: "logo",
    image: mediaSourceOf("logo", "image", image, "image"),
    size,
    ...(link !== undefined ? { link } : {}),
    ...(options.iconImage !== undefined && options.iconImage !== null ? { iconImage: mediaSourceOf("logo", "iconImage", options.iconImage, "image") } : {}),
  });
}

/** An http or https URL with a host (Streamlit's `is_url(link, ("http", "https"))`). */
function isExternalUrl(text: string): boolean {
  return /^https?:\/\/[^/?#\s]+/i.test(text);
}

export const node = v.object({
  kind: v.literal("logo"),
  image: mediaSource,
  size: v.picklist(SIZES),
  link: v.optional(v.string()),
  iconImage: v.optional(mediaSource),
});

export default defineElement({
  kind: "logo",
  node,
  api: { logo },
  section: "Media",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.image },
  docs: [
    {
      calls: ["st.logo(image, { size, link, iconImage })"],
      streamlit: ["st.logo"],
      notes: "in the upper-left corner of the app and its sidebar; the last call is shown; `link` must be http(s)",
      example: 'st.logo("https://placehold.co/160x40.png", { link: "https://example.com", size: "large" });',
    },
  ],
});
