// What `st.sessionState` holds for a widget's key before the widget renders: a few widgets decide
// their shape from it when the script gives no default (Streamlit's st.slider and st.date_input
// are range widgets when the state holds a pair).

import { currentExecution } from "../../session/context.ts";

/** The session's value for `key`, if it holds one. */
export function keyedStateValue(api: string, key: string | number | undefined): { value: unknown } | undefined {
  if (key === undefined) return undefined;
  const state = currentExecution(api).session.state;
  return state.has(String(key)) ? { value: state.get(String(key)) } : undefined;
}
