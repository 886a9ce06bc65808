// What st.audio and st.video share: where playback starts and ends (seconds, or Streamlit's
// strings: "2s", "1m 30s"), and whether it loops, starts by itself or is muted.

import { durationSeconds } from "../duration.ts";
import { invalidOption } from "../../errors/invalidOption.ts";

export interface PlaybackOptions {
  /** Where playback starts: seconds, or a duration ("2s", "1m"). */
  startTime?: number | string;
  /** Where it stops (and loops from `startTime`). */
  endTime?: number | string;
  loop?: boolean;
  /** Browsers start a sound only when muted, or after the user has interacted with the page. */
  autoplay?: boolean;
}

export function playbackFields(api: string, options: PlaybackOptions) {
  const start = timeOf(api, "startTime", options.startTime) ?? 0;
  const end = timeOf(api, "endTime", options.endTime);
  if (end !== undefined && end <= start) throw invalidOption(api, "endTime", `a time after startTime (${start} s)`, options.endTime);
  for (const flag of ["loop", "autoplay"] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== "boolean") throw invalidOption(api, flag, "true or false", options[flag]);
  }
  return {
    ...(start > 0 ? { startTime: start } : {}),
    ...(end !== undefined ? { endTime: end } : {}),
    ...(options.loop === true ? { loop: true as const } : {}),
    ...(options.autoplay === true ? { autoplay: true as const } : {}),
  };
}

function timeOf(api: string, option: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  const seconds = typeof value === "number" || typeof value === "string" ? durationSeconds(value) : null;
  if (seconds === null) throw invalidOption(api, option, 'seconds (a number at least 0) or a duration ("2s", "1m 30s")', value);
  return seconds;
}
