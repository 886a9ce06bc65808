// st.downloadButton: a button that downloads a file. Its data (text, bytes) is a media file of
// the session, served over HTTP as an attachment (`?download=<name>`); data given as a function
// is made when the button is clicked: the click reruns the app, the run calls it, and the page
// downloads what it made. A click is a trigger, as a button's: true for the run it caused;
// `onClick: "ignore"` downloads without a rerun (a function's data still needs one).

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { UploadedFile } from "../api/media/UploadedFile.ts";
import { bytesOf, isBlob } from "../api/media/mediaSource.ts";
import type { BlobLike } from "../session/mediaStore.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { currentExecution } from "../session/context.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { mediaRef, type MediaRef } from "../wire/mediaRef.ts";
import { buttonLook, BUTTON_TYPES, type ButtonType } from "./button.ts";
import { CLICK, defineElement } from "./define.ts";
import { icon, widgetFields, width, type Width } from "./fields.ts";

/** What can be downloaded: text, bytes, an uploaded file, or a function that makes them when the button is clicked. */
export type DownloadData = string | Uint8Array | ArrayBuffer | ArrayBufferView | UploadedFile | BlobLike | (() => string | Uint8Array | ArrayBuffer | ArrayBufferView | UploadedFile | BlobLike);

export interface DownloadButtonOptions extends WidgetOptions {
  /** The downloaded file's name ("download" with an extension from `mime` when absent). */
  fileName?: string;
  /** Its type: "text/plain" for text, "application/octet-stream" for bytes when absent. */
  mime?: string;
  /** "rerun" (the default): a click reruns the app; "ignore": it only downloads; a function: a callback, then a rerun. */
  onClick?: "rerun" | "ignore" | ((...args: never[]) => unknown);
  type?: ButtonType;
  icon?: string;
  width?: Width;
  useContainerWidth?: boolean;
}

const kind = { kind: "downloadButton", widget: { model: "trigger" }, placement: { downloadButton: "outside-forms" } } as const satisfies WidgetKindInfo;

const EXTENSIONS: Record<string, string> = { "text/plain": "txt", "text/csv": "csv", "application/json": "json", "text/html": "html", "application/pdf": "pdf", "image/png": "png", "application/zip": "zip" };

export function downloadButton(this: unknown, label: string, data: DownloadData, options: DownloadButtonOptions = {}): boolean {
  if (typeof options !== "object" || options === null) throw invalidOption("downloadButton", "options", "an object of options", options);
  const look = buttonLook("downloadButton", options);
  const onClick = options.onClick ?? "rerun";
  if (onClick !== "rerun" && onClick !== "ignore" && typeof onClick !== "function") throw invalidOption("downloadButton", "onClick", '"rerun", "ignore" or a function', onClick);
  if (options.mime !== undefined && (typeof options.mime !== "string" || !/^[\w-]+\/[\w.+-]+/.test(options.mime))) throw invalidOption("downloadButton", "mime", 'a MIME type ("text/csv")', options.mime);
  if (options.fileName !== undefined && (typeof options.fileName !== "string" || options.fileName === "")) throw invalidOption("downloadButton", "fileName", "a file name", options.fileName);
  const lazy = typeof data === "function";
  // Checked at the call, encoded once: the node is written from it.
  const given = lazy ? null : contentOf(data, options.mime);
  return widget<boolean>(containerOf(this), kind, {
    api: "downloadButton",
    label,
    key: options.key,
    keyedParams: [],
    params: [options.help, look.type, look.icon, look.width, lazy ? "lazy" : "data"],
    initial: false,
    callback: typeof onClick === "function" ? onClick : undefined,
    args: options.args,
    node: (id, value) => {
      // A function's data is made in the run its click caused, and only then.
      const file = given !== null ? keep(given) : value ? keep(contentOf((data as () => unknown)(), options.mime)) : undefined;
      return {
        kind: "downloadButton",
        ...baseNode(id, label, options),
        ...look,
        ...(file !== undefined ? { file: file.ref } : {}),
        fileName: options.fileName ?? `download.${EXTENSIONS[(file?.mime ?? options.mime ?? "text/plain").split(";")[0]!] ?? "bin"}`,
        ...(lazy ? { lazy: true as const } : {}),
        ...(onClick === "ignore" ? { ignore: true as const } : {}),
      };
    },
  });
}

/** What is downloaded: bytes, or a Blob whose bytes are read after the call (session/mediaStore.ts). */
type Content = { bytes: Uint8Array; mime: string } | { blob: BlobLike; mime: string };

function contentOf(data: unknown, mime: string | undefined): Content {
  if (typeof data === "string") return { bytes: new TextEncoder().encode(data), mime: mime ?? "text/plain" };
  if (isBlob(data)) return { blob: data, mime: mime ?? (data.type !== "" ? data.type : "application/octet-stream") };
  if (data instanceof UploadedFile) return { bytes: data.bytes(), mime: mime ?? (data.type !== "" ? data.type : "application/octet-stream") };
  const bytes = bytesOf(data);
  if (bytes === null) throw invalidOption("downloadButton", "data", "text, bytes (a Uint8Array or an ArrayBuffer), a Blob, an uploaded file, or a function returning them", data);
  return { bytes, mime: mime ?? "application/octet-stream" };
}

function keep(content: Content): { ref: MediaRef; mime: string } {
  const type = content.mime.startsWith("text/") && !content.mime.includes("charset") ? `${content.mime}; charset=utf-8` : content.mime;
  const extension = EXTENSIONS[content.mime.split(";")[0]!] ?? "bin";
  const media = currentExecution("downloadButton").session.media;
  const ref = "blob" in content ? media.putBlob("downloadButton", content.blob, type, extension) : media.put("downloadButton", content.bytes, type, extension);
  return { ref, mime: content.mime };
}

export const node = v.object({
  kind: v.literal("downloadButton"),
  ...widgetFields,
  type: v.picklist(BUTTON_TYPES),
  icon,
  width,
  /** The file to download; absent for data made on click (`lazy`) until the run the click caused. */
  file: v.optional(mediaRef),
  fileName: v.string(),
  /** The data is a function: a click reruns to make it, and the page downloads it when it comes. */
  lazy: v.optional(v.literal(true)),
  /** onClick "ignore": a click downloads without telling the session. */
  ignore: v.optional(v.literal(true)),
});

export default defineElement({
  ...kind,
  node,
  api: { downloadButton },
  testing: { interactions: { click: () => CLICK } },
  section: "Widgets",
  docs: [
    {
      calls: ["st.downloadButton(label, data, { fileName, mime, onClick, args, key, help, type, icon, disabled, width })"],
      streamlit: ["st.download_button"],
      notes: "text, bytes, a Blob, an uploaded file, or a function made on click; served over HTTP as an attachment; `true` for the run its click caused",
      example: 'st.downloadButton("Download CSV", "name,score\\nAda,3\\n", { fileName: "scores.csv", mime: "text/csv" });',
    },
  ],
});
