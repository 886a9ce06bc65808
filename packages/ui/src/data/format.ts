// A cell's text: numbers in the column's format (printf-style, or one of Streamlit's named
// formats), dates and times as Streamlit shows them (or in a Moment-style format), lists and
// objects as JSON-ish text. The text is also what search matches and what CSV writes.
import sprintf from "sprintf-js";
import type { ColumnType } from "./columns.ts";

/** A number as Streamlit's grid shows it: integers whole, others to at most four decimals. */
export function formatNumber(value: number | bigint, format: string | undefined): string {
  if (typeof value === "bigint") return format === undefined ? value.toString() : formatNumber(Number(value), format);
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case undefined:
      return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
    case "plain":
      return String(value);
    case "localized":
      return new Intl.NumberFormat().format(value);
    case "percent":
      return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format(value);
    case "dollar":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value);
    case "euro":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(value);
    case "yen":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "JPY" }).format(value);
    case "accounting":
    {
      const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
      return value < 0 ? `(${text})` : text;
    }
    case "compact":
      return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    case "scientific":
      return value.toExponential(3).replace("e+", "E").replace("e-", "E-");
    case "engineering":
      return new Intl.NumberFormat("en-US", { notation: "engineering", maximumFractionDigits: 3 }).format(value);
    default:
      try {
        // An integer conversion rounds, as Python's %d of a float would not: Streamlit's page rounds too.
        return sprintf.sprintf(format, /%[-+ 0#']*\d*[dieu]/.test(format) ? Math.round(value) : value);
      } catch {
        return String(value);
      }
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A Moment-style date format (YYYY, MM, DD, HH, mm, ss, MMM), or Streamlit's presets. */
export function formatDate(date: Date, kind: "datetime" | "date" | "time", format: string | undefined, timezone?: string): string {
  if (Number.isNaN(date.getTime())) return "";
  if (format === "iso8601") return date.toISOString();
  if (format === "localized") {
    const options: Intl.DateTimeFormatOptions = kind === "date" ? { dateStyle: "medium" } : kind === "time" ? { timeStyle: "medium" } : { dateStyle: "medium", timeStyle: "medium" };
    return new Intl.DateTimeFormat(undefined, { ...options, ...(timezone ? { timeZone: timezone } : {}) }).format(date);
  }
  if (format === "distance" || format === "relative") return relative(date);
  const parts = partsOf(date, timezone);
  const fallback = kind === "date" ? "YYYY-MM-DD" : kind === "time" ? "HH:mm:ss" : "YYYY-MM-DD HH:mm:ss";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return (format ?? fallback).replace(/YYYY|MMM|MM|DD|HH|mm|ss|SSS|Do|D|M|YY/g, (token) => {
    switch (token) {
      case "YYYY": return String(parts.year);
      case "YY": return pad(parts.year % 100);
      case "MMM": return months[parts.month - 1]!;
      case "MM": return pad(parts.month);
      case "M": return String(parts.month);
      case "DD": return pad(parts.day);
      case "D": return String(parts.day);
      case "Do": return `${parts.day}${ordinal(parts.day)}`;
      case "HH": return pad(parts.hour);
      case "mm": return pad(parts.minute);
      case "ss": return pad(parts.second);
      default: return pad(parts.ms, 3);
    }
  });
}

function partsOf(date: Date, timezone: string | undefined) {
  if (timezone === undefined) {
    // Naive datetimes (Streamlit's default): shown as they are, in UTC.
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), ms: date.getUTCMilliseconds() };
  }
  const read = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: timezone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: read.year!, month: read.month!, day: read.day!, hour: read.hour!, minute: read.minute!, second: read.second!, ms: date.getUTCMilliseconds() };
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

function relative(date: Date): string {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) ?? ["second", 1];
  return new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(Math.round(seconds / size), unit);
}

/** The text of a cell, as the grid shows it (and search and CSV see it); null for a missing value. */
export function cellText(value: unknown, type: ColumnType): string | null {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case "number":
    case "progress":
      return typeof value === "number" || typeof value === "bigint" ? formatNumber(value, type.format) : String(value);
    case "datetime":
    case "date":
    case "time":
      return value instanceof Date ? formatDate(value, type.kind, type.format, type.kind === "datetime" ? type.timezone : undefined) : String(value);
    case "checkbox":
      return value ? "true" : "false";
    case "link":
      return linkText(String(value), type.displayText);
    case "list":
    case "lineChart":
    case "barChart":
    case "areaChart":
      return Array.isArray(value) ? value.map((item) => (typeof item === "number" ? formatNumber(item, undefined) : String(item))).join(", ") : String(value);
    case "json":
      return typeof value === "string" ? value : JSON.stringify(value);
    default:
      return typeof value === "number" ? formatNumber(value, undefined) : value instanceof Date ? formatDate(value, "datetime", undefined) : String(value);
  }
}

/** A link's text: its display text, or what the regex in it captures of the URL (Streamlit's rule). */
export function linkText(url: string, displayText: string | undefined): string {
  if (displayText === undefined) return url;
  if (!displayText.includes("(")) return displayText;
  try {
    const match = new RegExp(displayText).exec(url);
    return match?.[1] ?? url;
  } catch {
    return displayText;
  }
}
