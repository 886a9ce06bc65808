export { anchorFor } from "../markdown/anchor.ts";

const dividerColors: Record<string, string> = {
  blue: "#1c83e1",
  green: "#21c354",
  orange: "#ffa421",
  red: "#ff2b2b",
  violet: "#803df5",
  gray: "#808495",
  grey: "#808495",
  rainbow: "linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5)",
};

/** The CSS background of a header's divider: a named Streamlit colour, `true` as blue. */
export function dividerBackground(divider: boolean | string): string {
  if (divider === true) return dividerColors.blue!;
  return dividerColors[String(divider)] ?? dividerColors.gray!;
}
