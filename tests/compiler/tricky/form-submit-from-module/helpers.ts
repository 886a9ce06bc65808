import * as st from "rivulet";

/** A row of the form's buttons: the submit button, and a note under it. */
export function submitRow(label: string): boolean {
  const submitted = st.formSubmitButton(label);
  st.caption("Submitting sends every field at once.");
  return submitted;
}
