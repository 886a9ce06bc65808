/** The anchor id Streamlit gives a heading: its text, lowercased, runs of other characters as "-". */
export function anchorFor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
