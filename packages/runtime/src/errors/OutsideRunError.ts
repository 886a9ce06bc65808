import { RivuletAPIError } from "./RivuletAPIError.ts";

/**
 * An st function called when no run of its session is going: from a timer, a promise the run
 * did not await, or after the session closed. Streamlit warns in this case ("missing
 * ScriptRunContext"); Rivulet raises so the call is not silently lost, and hosts keep such
 * errors, when nobody catches them, from stopping the server (`guardStrayScriptErrors`).
 */
export class OutsideRunError extends RivuletAPIError {
  constructor(api: string) {
    super(
      `st.${api}() was called outside a script run (from a timer or a promise the script did not await?). ` +
        `st functions work only while the script or a callback runs.`,
    );
  }
}
