// st.chat_message: a container for one message of a chat, with its author's avatar: "user"
// and "assistant" (also "human", "ai") get Streamlit's icons, an emoji or a Material icon is
// shown as given, an image URL as the picture, any other name its first letter.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { defineBlock } from "./define.ts";
import { checkIcon } from "./fields.ts";

export interface ChatMessageOptions {
  /** "user", "assistant", an emoji, `:material/name:`, or an image's URL; from `name` by default. */
  avatar?: string;
}

const EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");

export function chatMessage(this: unknown, name: string, options: ChatMessageOptions = {}): Container {
  if (name === undefined || name === null) throw invalidOption("chatMessage", "name", "the author's name", name);
  return openBlock(containerOf(this), "chatMessage", { block: "chatMessage", name: String(name), avatar: avatarOf(String(name), options.avatar) });
}

type Avatar = v.InferOutput<typeof avatar>;

/** Streamlit's rules, in its order. */
function avatarOf(name: string, given: string | undefined): Avatar {
  const lower = name.toLowerCase();
  const chosen = given ?? (["user", "assistant", "ai", "human"].includes(lower) || EMOJI.test(name) ? lower : undefined);
  if (chosen === undefined) return { kind: "initial", value: name.slice(0, 1).toUpperCase() };
  if (chosen === "user" || chosen === "human") return { kind: "user", value: "user" };
  if (chosen === "assistant" || chosen === "ai") return { kind: "assistant", value: "assistant" };
  if (EMOJI.test(chosen) || chosen.startsWith(":material")) return { kind: "icon", value: checkIcon("chatMessage", chosen)! };
  if (/^(https?:|data:image\/|\/|\.\.?\/)/.test(chosen)) return { kind: "image", value: chosen };
  throw invalidOption("chatMessage", "avatar", "an emoji, a Material icon or the URL of an image", given);
}

const avatar = v.object({
  /** Streamlit's user or assistant icon, an emoji or Material icon, an image, or the name's first letter. */
  kind: v.picklist(["user", "assistant", "icon", "image", "initial"]),
  value: v.string(),
});

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("chatMessage"),
  name: v.string(),
  avatar,
});

export default defineBlock({
  block: "chatMessage",
  node,
  api: { chatMessage },
  containers: { chatMessage: "one" },
  section: "Chat",
  docs: [
    {
      calls: ["st.chatMessage(name, { avatar })"],
      streamlit: ["st.chat_message"],
      notes: "returns a container; `user` and `assistant` get their icons",
      example: 'st.chatMessage("user").write("Hello 👋");\nst.chatMessage("assistant").write("Hi! How can I help?");',
    },
  ],
});
