// A date input's text: ISO dates shown in its format ("YYYY/MM/DD", "DD.MM.YYYY", "MM-DD-YYYY")
// and typed text read back, as Streamlit's field takes it. Plain string work, so the field needs
// no date library: the calendar (and @internationalized/date) load only when it opens.

/** A range's two dates in the field, as Streamlit's (an en dash between). */
export const RANGE_SEPARATOR = " – ";

/** `2024-05-10` in `format`. */
export function showDate(format: string, iso: string): string {
  const [year, month, day] = iso.split("-");
  return format.replace("YYYY", year!).replace("MM", month!).replace("DD", day!);
}

/** The ISO date typed in `format`, or undefined when it is not a real date. */
export function readDate(format: string, text: string): string | undefined {
  const order = format.split(/[/.-]/);
  const parts = text.trim().split(/[/.-]/);
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return undefined;
  const field = (name: string) => Number(parts[order.indexOf(name)]);
  const [year, month, day] = [field("YYYY"), field("MM"), field("DD")];
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The field's text for the chosen dates. */
export function showDates(format: string, dates: readonly string[]): string {
  return dates.map((iso) => showDate(format, iso)).join(RANGE_SEPARATOR);
}

/** The dates typed (one, or a range's one or two), or undefined when the text is not that. */
export function readDates(format: string, text: string, range: boolean): string[] | undefined {
  if (text.trim() === "") return [];
  const pieces = range ? text.split(/\s+[–-]\s+|–/) : [text];
  if (pieces.length > (range ? 2 : 1)) return undefined;
  const dates = pieces.map((piece) => readDate(format, piece));
  return dates.every((date) => date !== undefined) ? (dates as string[]) : undefined;
}
