// Streamlit's check of an `icon` option (an emoji or a Material icon shortcode), for elements
// (elements/fields.ts re-exports it) and for st.Page, a layer below them.
import { invalidOption } from "../../errors/invalidOption.ts";

// One emoji, as Unicode defines them (sequences and skin tones included); the `v` flag is newer
// than this package's TypeScript target, Node 20 has it.
const EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");

/** Checks an icon option as Streamlit does; its value when given. */
export function checkIcon(api: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && (/^:material\/[a-z0-9_]+:$/.test(value) || EMOJI.test(value))) return value;
  if (typeof value === "string" && value.startsWith(":material")) {
    throw invalidOption(api, "icon", "an emoji or a Material icon shortcode such as \":material/thumb_up:\"", value);
  }
  throw invalidOption(api, "icon", "a single emoji (shortcodes are not allowed) or a Material icon shortcode such as \":material/thumb_up:\"", value);
}
