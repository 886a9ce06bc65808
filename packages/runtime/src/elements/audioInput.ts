// st.audio_input: a recording from the user's microphone (the browser asks for it), made a WAV
// file at `sampleRate` on the page and uploaded as st.fileUploader's files are
// (api/media/uploadWidget.ts); the script gets it as an UploadedFile, or null.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import type { UploadedFile } from "../api/media/UploadedFile.ts";
import { uploadsValue, uploadWidget } from "../api/media/uploadWidget.ts";
import { baseNode, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width, type Width } from "./fields.ts";

/** The sample rates Streamlit records at (null: the browser's own). */
export const SAMPLE_RATES = [8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000] as const;

export interface AudioInputOptions extends WidgetOptions {
  /** Samples per second of the WAV file (16000 by default), or null for the microphone's own. */
  sampleRate?: (typeof SAMPLE_RATES)[number] | null;
  onChange?: (...args: never[]) => unknown;
  width?: Width;
}

const kind = { kind: "audioInput", widget: { model: "value", value: uploadsValue, pageForm: true, settable: false } } as const satisfies WidgetKindInfo;

export function audioInput(this: unknown, label: string, options: AudioInputOptions = {}): UploadedFile | null {
  if (typeof options !== "object" || options === null) throw invalidOption("audioInput", "options", "an object of options", options);
  const sampleRate = options.sampleRate === undefined ? 16000 : options.sampleRate;
  if (sampleRate !== null && !(SAMPLE_RATES as readonly unknown[]).includes(sampleRate)) {
    throw invalidOption("audioInput", "sampleRate", `one of ${SAMPLE_RATES.join(", ")}, or null`, sampleRate);
  }
  const size = checkWidth("audioInput", options.width, "stretch");
  const files = uploadWidget(containerOf(this), kind, {
    api: "audioInput",
    label,
    key: options.key,
    params: [options.help, sampleRate],
    callback: options.onChange,
    args: options.args,
    single: true,
    refuse: (file) => (file.type.startsWith("audio/") ? null : `${JSON.stringify(file.name)} is not a recording (${file.type || "no type"})`),
    node: (id, value) => ({ kind: "audioInput", ...baseNode(id, label, options), value, sampleRate, ...(size !== "stretch" ? { width: size } : {}) }),
  });
  return files[0] ?? null;
}

export const node = v.object({
  kind: v.literal("audioInput"),
  ...widgetFields,
  /** The recording, once made: as the page names it. */
  value: uploadsValue,
  /** null: the microphone's own rate. */
  sampleRate: v.nullable(v.picklist(SAMPLE_RATES)),
  width,
});

export default defineElement({
  ...kind,
  node,
  api: { audioInput },
  testing: {
    interactions: {
      /** Records, as the page's microphone button does: these bytes (a WAV file unless `type` says otherwise). */
      record: (_node, recording: { bytes: Uint8Array; type?: string; name?: string }) => ({
        upload: [{ name: recording.name ?? "audio.wav", type: recording.type ?? "audio/wav", bytes: recording.bytes }],
      }),
      /** Clears the recording. */
      clear: () => ({ value: [] }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.audioInput(label, { sampleRate, key, help, onChange, args, disabled, labelVisibility, width })"],
      streamlit: ["st.audio_input"],
      notes: "a WAV recording from the microphone as an `UploadedFile`, or null; AppTest: `at.audioInput[0].record({ bytes })`",
      example: 'const voice = st.audioInput("Record a note");\nif (voice !== null) st.audio(voice);',
    },
  ],
});
