// st.linkButton: a button that opens a URL in a new tab. It is not a widget: a click runs
// nothing. The page refuses a URL that is not web, mail or relative (a `javascript:` link).

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { BUTTON_TYPES, buttonLook, type ButtonOptions } from "./button.ts";
import { defineElement } from "./define.ts";
import { given, help, icon, width } from "./fields.ts";

export type LinkButtonOptions = Pick<ButtonOptions, "help" | "type" | "icon" | "disabled" | "width" | "useContainerWidth">;

export function linkButton(this: unknown, label: string, url: string, options: LinkButtonOptions = {}): Container {
  if (typeof url !== "string" || url === "") throw invalidOption("linkButton", "url", "a URL to open", url);
  return writeElement(containerOf(this), "linkButton", {
    kind: "linkButton",
    label: String(label),
    url,
    disabled: options.disabled === true,
    ...buttonLook("linkButton", options),
    ...given(options, "help"),
  });
}

export const node = v.object({
  kind: v.literal("linkButton"),
  /** Markdown, on the button. */
  label: v.string(),
  url: v.string(),
  type: v.picklist(BUTTON_TYPES),
  icon,
  width,
  disabled: v.boolean(),
  help,
});

export default defineElement({
  kind: "linkButton",
  node,
  api: { linkButton },
  section: "Widgets",
  docs: [
    {
      calls: ["st.linkButton(label, url, { help, type, icon, disabled, width })"],
      streamlit: ["st.link_button"],
      notes: "opens the URL in a new tab; a click runs nothing",
      example: 'st.linkButton("Go to gallery", "https://streamlit.io/gallery", { icon: ":material/open_in_new:" });',
    },
  ],
});
