import * as st from "rivulet";

export const TEAMS = ["Platform", "Design", "Data"];

/** A filter any page of the app can show: its widget is this line's, wherever it is called from. */
export function teamFilter(label: string): string {
  return st.selectbox(label, TEAMS, { index: 0 }) ?? TEAMS[0]!;
}
