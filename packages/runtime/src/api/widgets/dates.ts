// Dates and times as the date and time widgets hold them (st.slider over dates or times,
// st.dateInput, st.timeInput). A date is a calendar day: the script has it as a `Date` at local
// midnight (the server's time zone), the page as a day number or an ISO `YYYY-MM-DD` string, so
// that no time zone between server and browser can move it by a day. A time of day is an
// "HH:MM" string in the script (JavaScript has no time-of-day type; Streamlit's is
// datetime.time), minutes since midnight on a slider's page.

const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A valid Date (not `new Date("nonsense")`). */
export function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** An "HH:MM" time of day. */
export function isTime(value: unknown): value is string {
  return typeof value === "string" && TIME.test(value);
}

/** The calendar day of a Date (its local date), as days since 1970-01-01. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The Date at local midnight of a day number. */
export function fromDayNumber(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return localDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Local midnight of a calendar date (`month` from 0); years below 100 stay themselves. */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, month, day);
  date.setFullYear(year);
  return date;
}

/** The local date of a Date as ISO `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  const year = date.getFullYear();
  const y = year < 0 ? `-${String(-year).padStart(6, "0")}` : year > 9999 ? `+${String(year).padStart(6, "0")}` : String(year).padStart(4, "0");
  return `${y}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Date at local midnight of an ISO `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function fromIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = localDate(year, month, day);
  return date.getMonth() === month && date.getDate() === day ? date : undefined;
}

/** The same calendar day `years` later (Feb 29 becomes Feb 28), as Streamlit's adjust_years. */
export function addYears(date: Date, years: number): Date {
  const moved = localDate(date.getFullYear() + years, date.getMonth(), date.getDate());
  return moved.getMonth() === date.getMonth() ? moved : localDate(date.getFullYear() + years, date.getMonth(), 28);
}

/** Minutes since midnight of an "HH:MM" time. */
export function timeMinutes(time: string): number {
  const [, hours, minutes] = TIME.exec(time)!;
  return Number(hours) * 60 + Number(minutes);
}

/** The "HH:MM" time of minutes since midnight. */
export function fromMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The local time of day of a Date, as "HH:MM" (seconds dropped, as Streamlit drops them). */
export function timeOf(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
