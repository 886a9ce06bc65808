// The forms one execution writes, by key: a key names one form per run, and a form the run
// left without a submit button gets Streamlit's "Missing Submit Button" error when it ends.
// Kept beside the execution (not on it): only the form functions and the run's end read it.

import type { LiveBlock } from "../tree/live.ts";
import type { Execution } from "./execution.ts";

export interface RunForm {
  readonly block: LiveBlock;
  hasSubmitButton: boolean;
}

const byExecution = new WeakMap<Execution, Map<string, RunForm>>();

export function formsOfRun(exec: Execution): Map<string, RunForm> {
  let forms = byExecution.get(exec);
  if (forms === undefined) {
    forms = new Map();
    byExecution.set(exec, forms);
  }
  return forms;
}
