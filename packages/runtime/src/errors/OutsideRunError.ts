import { RivuletAPIError } from "./RivuletAPIError.ts";

/**
 * An st function called when no run of its session is going: from a timer, a promise the run
 * did not await, or after the session closed. Streamlit warns in this case ("missing
 * ScriptRunContext"); Rivulet raises so the call is not silently lost, and hosts keep such
 * errors, when nobody catches them, from stopping the server (`guardStrayScriptErrors`).
 */
export class OutsideRunError extends RivuletAPIError<"outside_script_run"> {
  /** `instanceof OutsideRunError`: a RivuletAPIError of this code, from any copy of the runtime. */
  static readonly onlyCode = "outside_script_run";

  constructor(api: string) {
    super("outside_script_run", { api });
  }
}
