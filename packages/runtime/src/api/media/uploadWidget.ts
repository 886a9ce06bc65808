// What st.fileUploader, st.cameraInput and st.audioInput share: their files are uploaded over
// HTTP to the session's host (not through the WebSocket), then named in the widget's value by
// id; the page holds the descriptors (id, name, type, size), the script gets UploadedFile
// objects, and the session keeps a file while an uploader's last run names it.

import * as v from "valibot";
import type { Container } from "../container.ts";
import { widget, type WidgetKindInfo } from "../widgets/widget.ts";
import { currentExecution } from "../../session/context.ts";
import type { UploadStore } from "../../session/uploads.ts";
import type { ElementNode, Json } from "../../wire/protocol.ts";
import { UploadedFile } from "./UploadedFile.ts";

const descriptor = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
  name: v.pipe(v.string(), v.maxLength(1024)),
  type: v.string(),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/** What the page sends: the files it has uploaded, by id, with their names. */
export const uploadsValue = v.array(descriptor);
export type UploadDescriptor = v.InferOutput<typeof descriptor>;

export interface UploadWidgetSpec {
  api: string;
  label: string;
  key: string | number | undefined;
  params: readonly unknown[];
  callback: ((...args: never[]) => unknown) | undefined;
  args: readonly unknown[] | undefined;
  /** At most one file. */
  single: boolean;
  /** Why an uploaded file does not fit this widget (its type), or null. */
  refuse?: (file: UploadDescriptor) => string | null;
  node: (id: string, value: UploadDescriptor[]) => ElementNode;
}

/** The widget's files, as the script gets them. */
export function uploadWidget(target: Container, kind: WidgetKindInfo, spec: UploadWidgetSpec): UploadedFile[] {
  const uploads = currentExecution(spec.api).session.uploads;
  return widget<UploadedFile[]>(target, kind, {
    api: spec.api,
    label: spec.label,
    key: spec.key,
    params: spec.params,
    initial: [],
    callback: spec.callback,
    args: spec.args,
    page: { toPage: descriptorsOf, fromPage: (value: Json) => filesOf(uploads, value as UploadDescriptor[]) },
    reject: (value) => uploadProblem(value as UploadDescriptor[], spec, uploads),
    node: (id, value) => {
      uploads.hold(id, value.map((file) => file.fileId));
      return spec.node(id, descriptorsOf(value));
    },
  });
}

function descriptorsOf(files: readonly UploadedFile[]): UploadDescriptor[] {
  return files.map((file) => ({ id: file.fileId, name: file.name, type: file.type, size: file.size }));
}

/** The uploaded files the page names, that the session has (a moved session may not have them all). */
function filesOf(uploads: UploadStore, value: readonly UploadDescriptor[]): UploadedFile[] {
  return value.flatMap((d) => {
    const file = uploads.get(d.id);
    return file === undefined ? [] : [new UploadedFile(file)];
  });
}

function uploadProblem(value: readonly UploadDescriptor[], spec: UploadWidgetSpec, uploads: UploadStore): string | null {
  if (spec.single && value.length > 1) return "it takes one file";
  for (const file of value) {
    if (uploads.get(file.id) === undefined) return `no file ${file.id} was uploaded to this session`;
    const problem = spec.refuse?.(file) ?? null;
    if (problem !== null) return problem;
  }
  return null;
}
