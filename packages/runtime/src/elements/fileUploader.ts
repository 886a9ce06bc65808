// st.fileUploader: files the user picks or drops, uploaded over HTTP to the session's host with
// the session's token (not through the WebSocket), then named in the widget's value by id. The
// script gets UploadedFile objects: one or null, or an array with `acceptMultipleFiles`.
// Removing a file in the page removes it from the value; a file no uploader holds is forgotten.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { UploadedFile } from "../api/media/UploadedFile.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { currentExecution } from "../session/context.ts";
import type { UploadStore } from "../session/uploads.ts";
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

const descriptor = v.object({ id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)), name: v.pipe(v.string(), v.maxLength(1024)), type: v.string(), size: v.pipe(v.number(), v.integer(), v.minValue(0)) });
/** What the page sends: the files it has uploaded, by id, with their names. */
const pageValue = v.array(descriptor);
type Descriptor = v.InferOutput<typeof descriptor>;

const kind = { kind: "fileUploader", widget: { model: "value", value: pageValue, pageForm: true, settable: false } } as const satisfies WidgetKindInfo;

export function fileUploader(this: unknown, label: string, options?: FileUploaderOptions<false>): UploadedFile | null;
export function fileUploader(this: unknown, label: string, options: FileUploaderOptions<true>): UploadedFile[];
export function fileUploader(this: unknown, label: string, options: FileUploaderOptions<boolean> = {}): UploadedFile | UploadedFile[] | null {
  if (typeof options !== "object" || options === null) throw invalidOption("fileUploader", "options", "an object of options", options);
  const types = extensionsOf(options.type);
  const multiple = options.acceptMultipleFiles ?? false;
  if (typeof multiple !== "boolean") throw invalidOption("fileUploader", "acceptMultipleFiles", "true or false", multiple);
  const size = checkWidth("fileUploader", options.width, "stretch");
  const uploads = currentExecution("fileUploader").session.uploads;
  const files = (value: Json) => filesOf(uploads, value as Descriptor[]);
  const result = widget<UploadedFile[]>(containerOf(this), kind, {
    api: "fileUploader",
    label,
    key: options.key,
    params: [types, multiple, options.help],
    initial: [],
    callback: options.onChange,
    args: options.args,
    page: { toPage: (value) => value.map((f) => ({ id: f.fileId, name: f.name, type: f.type, size: f.size })), fromPage: files },
    reject: (value) => uploadProblem(value as Descriptor[], types, multiple, uploads),
    node: (id, value) => {
      uploads.hold(id, value.map((f) => f.fileId));
      return {
      kind: "fileUploader",
      ...baseNode(id, label, options),
      value: value.map((f) => ({ id: f.fileId, name: f.name, type: f.type, size: f.size })),
      ...(types !== null ? { types } : {}),
      ...(multiple ? { multiple: true as const } : {}),
      ...(size !== "stretch" ? { width: size } : {}),
      };
    },
  });
  return multiple ? result : (result[0] ?? null);
}

type Json = import("../wire/protocol.ts").Json;

/** The uploaded files the page names, that the session has (a moved session may not have them all). */
function filesOf(uploads: UploadStore, value: readonly Descriptor[]): UploadedFile[] {
  return value.flatMap((d) => {
    const file = uploads.get(d.id);
    return file === undefined ? [] : [new UploadedFile(file)];
  });
}

function uploadProblem(value: readonly Descriptor[], types: string[] | null, multiple: boolean, uploads: UploadStore): string | null {
  if (!multiple && value.length > 1) return "it takes one file";
  for (const file of value) {
    if (uploads.get(file.id) === undefined) return `no file ${file.id} was uploaded to this session`;
    const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
    if (types !== null && (extension === undefined || !types.includes(extension))) return `${JSON.stringify(file.name)} is not a file of type ${types.join(", ")}`;
  }
  return null;
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
  value: pageValue,
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
