// st.fileUploader: files the user picks or drops, uploaded over HTTP to the session's host with
// the session's token (not through the WebSocket), then named in the widget's value by id. The
// script gets UploadedFile objects: one or null, or an array with `acceptMultipleFiles`.
// Removing a file in the page removes it from the value; a file no uploader holds is forgotten.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import type { UploadedFile } from "../api/media/UploadedFile.ts";
import { uploadsValue, uploadWidget } from "../api/media/uploadWidget.ts";
import { baseNode, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width, type Width } from "./fields.ts";

export interface FileUploaderOptions<M extends boolean = false> extends WidgetOptions {
  /** The extensions it takes ("csv", ".png", or several); any when absent. */
  type?: string | readonly string[] | null;
  /** Several files (an array, [] when none), or one (null when none). */
  acceptMultipleFiles?: M;
  onChange?: (...args: never[]) => unknown;
  width?: Width;
}

const kind = { kind: "fileUploader", widget: { model: "value", value: uploadsValue, pageForm: true, settable: false } } as const satisfies WidgetKindInfo;

export function fileUploader(this: unknown, label: string, options?: FileUploaderOptions<false>): UploadedFile | null;
export function fileUploader(this: unknown, label: string, options: FileUploaderOptions<true>): UploadedFile[];
export function fileUploader(this: unknown, label: string, options: FileUploaderOptions<boolean> = {}): UploadedFile | UploadedFile[] | null {
  if (typeof options !== "object" || options === null) throw invalidOption("fileUploader", "options", "an object of options", options);
  const types = extensionsOf(options.type);
  const multiple = options.acceptMultipleFiles ?? false;
  if (typeof multiple !== "boolean") throw invalidOption("fileUploader", "acceptMultipleFiles", "true or false", multiple);
  const size = checkWidth("fileUploader", options.width, "stretch");
  const result = uploadWidget(containerOf(this), kind, {
    api: "fileUploader",
    label,
    key: options.key,
    params: [types, multiple, options.help],
    callback: options.onChange,
    args: options.args,
    single: !multiple,
    refuse: (file) => {
      const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
      return types !== null && (extension === undefined || !types.includes(extension)) ? `${JSON.stringify(file.name)} is not a file of type ${types.join(", ")}` : null;
    },
    node: (id, value) => ({
      kind: "fileUploader",
      ...baseNode(id, label, options),
      value,
      ...(types !== null ? { types } : {}),
      ...(multiple ? { multiple: true as const } : {}),
      ...(size !== "stretch" ? { width: size } : {}),
    }),
  });
  return multiple ? result : (result[0] ?? null);
}

/** The extensions it takes, lowercased, without their dots (Streamlit's `type`); null for any. */
function extensionsOf(type: unknown): string[] | null {
  if (type === undefined || type === null) return null;
  const list = typeof type === "string" ? [type] : Array.isArray(type) ? type : null;
  if (list === null || list.length === 0 || !list.every((t) => typeof t === "string" && /^\.?[\w+-]+$/.test(t))) {
    throw invalidOption("fileUploader", "type", 'an extension ("csv", ".png") or an array of them', type);
  }
  const extensions = list.map((t: string) => t.replace(/^\./, "").toLowerCase());
  // Streamlit takes a JPEG's two extensions as one.
  if (extensions.includes("jpg") && !extensions.includes("jpeg")) extensions.push("jpeg");
  if (extensions.includes("jpeg") && !extensions.includes("jpg")) extensions.push("jpg");
  return [...new Set(extensions)];
}

export const node = v.object({
  kind: v.literal("fileUploader"),
  ...widgetFields,
  /** The files uploaded, as the page names them. */
  value: uploadsValue,
  /** The extensions it takes; any when absent. */
  types: v.optional(v.array(v.string())),
  multiple: v.optional(v.literal(true)),
  width,
});

export default defineElement({
  ...kind,
  node,
  api: { fileUploader },
  testing: {
    interactions: {
      /** Uploads files as the page would (the bytes go to the session first), then names them in the value. */
      upload: (_node, ...files: { name: string; type?: string; bytes: Uint8Array | string }[]) => ({ upload: files }),
      /** Removes the file of this name, as its button in the page does. */
      remove: (shown: v.InferOutput<typeof node>, name: string) => ({ value: shown.value.filter((file) => file.name !== name) }),
      /** Removes every file. */
      clear: () => ({ value: [] }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.fileUploader(label, { type, acceptMultipleFiles, key, help, onChange, args, disabled, labelVisibility, width })"],
      streamlit: ["st.file_uploader"],
      notes: "uploads over HTTP with the session's token; `UploadedFile`s with `bytes()`, `text()`, `arrayBuffer()`, `stream()`",
      example: 'const file = st.fileUploader("A CSV file", { type: "csv" });\nif (file !== null) st.text(`${file.name}: ${file.size} bytes`);',
    },
  ],
});
