// st.camera_input: a photo from the user's camera (the browser asks for it), uploaded as a JPEG
// file as st.fileUploader's files are (api/media/uploadWidget.ts); the script gets it as an
// UploadedFile, or null before a photo is taken and after it is cleared.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import type { UploadedFile } from "../api/media/UploadedFile.ts";
import { uploadsValue, uploadWidget } from "../api/media/uploadWidget.ts";
import { baseNode, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width, type Width } from "./fields.ts";

export interface CameraInputOptions extends WidgetOptions {
  onChange?: (...args: never[]) => unknown;
  width?: Width;
}

const kind = { kind: "cameraInput", widget: { model: "value", value: uploadsValue, pageForm: true, settable: false } } as const satisfies WidgetKindInfo;

export function cameraInput(this: unknown, label: string, options: CameraInputOptions = {}): UploadedFile | null {
  if (typeof options !== "object" || options === null) throw invalidOption("cameraInput", "options", "an object of options", options);
  const size = checkWidth("cameraInput", options.width, "stretch");
  const files = uploadWidget(containerOf(this), kind, {
    api: "cameraInput",
    label,
    key: options.key,
    params: [options.help],
    callback: options.onChange,
    args: options.args,
    single: true,
    refuse: (file) => (file.type.startsWith("image/") ? null : `${JSON.stringify(file.name)} is not an image (${file.type || "no type"})`),
    node: (id, value) => ({ kind: "cameraInput", ...baseNode(id, label, options), value, ...(size !== "stretch" ? { width: size } : {}) }),
  });
  return files[0] ?? null;
}

export const node = v.object({
  kind: v.literal("cameraInput"),
  ...widgetFields,
  /** The photo, once taken: as the page names it. */
  value: uploadsValue,
  width,
});

export default defineElement({
  ...kind,
  node,
  api: { cameraInput },
  testing: {
    interactions: {
      /** Takes a photo, as the page's "Take photo" does: these bytes (a JPEG unless `type` says otherwise). */
      take: (_node, photo: { bytes: Uint8Array; type?: string; name?: string }) => ({ upload: [{ name: photo.name ?? "image.jpg", type: photo.type ?? "image/jpeg", bytes: photo.bytes }] }),
      /** Clears the photo, as "Clear photo" does. */
      clear: () => ({ value: [] }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.cameraInput(label, { key, help, onChange, args, disabled, labelVisibility, width })"],
      streamlit: ["st.camera_input"],
      notes: "a JPEG photo from the camera as an `UploadedFile`, or null; AppTest: `at.cameraInput[0].take({ bytes })`",
      example: 'const photo = st.cameraInput("Take a picture");\nif (photo !== null) st.image(photo);',
    },
  ],
});
