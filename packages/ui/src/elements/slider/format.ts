// How a slider shows a value on its scale: numbers through their printf-style format
// (sprintf-js, as Streamlit's frontend), dates and times through Moment.js tokens, as Streamlit
// formats them (`moment.utc(value).format(format)`). A date is a day number and a time minutes
// since midnight: both are read as UTC so that the browser's time zone cannot move them.
import sprintfJs from "sprintf-js";

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// Longest tokens first; `[...]` is literal text, as in Moment.
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|Mo|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|A|a/g;

export type SliderDataType = "int" | "float" | "date" | "time";

export function formatSliderValue(dataType: SliderDataType, format: string, value: number): string {
  if (dataType === "date") return formatMoment(format, new Date(value * DAY_MS));
  if (dataType === "time") return formatMoment(format, new Date(Date.UTC(2000, 0, 1) + value * 60_000));
  try {
    return sprintfJs.sprintf(format, value);
  } catch {
    return String(value);
  }
}

/** Moment.js's display tokens (the common ones), over the UTC fields of `date`. */
export function formatMoment(format: string, date: Date): string {
  const [year, month, day, weekday] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCDay()];
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  const hours12 = hours % 12 === 0 ? 12 : hours % 12;
  const fields: Record<string, string> = {
    YYYY: String(year).padStart(4, "0"),
    YY: String(year % 100).padStart(2, "0"),
    MMMM: MONTHS[month]!,
    MMM: MONTHS[month]!.slice(0, 3),
    MM: pad(month + 1),
    Mo: ordinal(month + 1),
    M: String(month + 1),
    Do: ordinal(day),
    DD: pad(day),
    D: String(day),
    dddd: DAYS[weekday]!,
    ddd: DAYS[weekday]!.slice(0, 3),
    dd: DAYS[weekday]!.slice(0, 2),
    d: String(weekday),
    HH: pad(hours),
    H: String(hours),
    hh: pad(hours12),
    h: String(hours12),
    mm: pad(minutes),
    m: String(minutes),
    ss: pad(seconds),
    s: String(seconds),
    A: hours < 12 ? "AM" : "PM",
    a: hours < 12 ? "am" : "pm",
  };
  return format.replace(TOKENS, (token, literal: string | undefined) => literal ?? fields[token] ?? token);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
