// st.map: points on a map, as Streamlit draws them: each row's latitude and longitude (columns
// found by name, as Streamlit finds them), a size in meters and a colour, each one value or a
// column. The data goes as Arrow (as a chart's); the page centres and zooms on the points as
// Streamlit does, and draws them over map tiles, or over a plain background when no tile server
// can be reached.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { cssColor } from "../api/charts/cssColor.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData, type WrittenData } from "../api/data/writeData.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { dataRef } from "../wire/dataRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";

/** Streamlit's names for the columns, tried in this order. */
const LATITUDES = ["lat", "latitude", "LAT", "LATITUDE"];
const LONGITUDES = ["lon", "longitude", "LON", "LONGITUDE"];
/** Streamlit's defaults: a translucent red, 100 meters. */
const DEFAULT_COLOR = "rgba(200, 30, 0, 0.627)";
const DEFAULT_SIZE = 100;

export interface MapOptions {
  /** The latitude column's name (one of lat, latitude, LAT, LATITUDE when absent). */
  latitude?: string;
  /** The longitude column's name (one of lon, longitude, LON, LONGITUDE when absent). */
  longitude?: string;
  /** A colour for every point ("#ffaa00", [r, g, b, a]) or a column of them. */
  color?: string | readonly number[];
  /** A radius in meters for every point, or the column of them. */
  size?: number | string;
  /** The zoom level (0 to 20); fitted to the points when absent. */
  zoom?: number;
  /** "stretch" (the default), or pixels. */
  width?: Width;
  /** Pixels: 500 by default. */
  height?: number;
  /** Deprecated in Streamlit 1.50: `width: "stretch"`. */
  useContainerWidth?: boolean;
}

export function map(this: unknown, data?: DataInput, options: MapOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("map", "options", "an object of options", options);
  const written = writeData("map", data);
  const size = options.useContainerWidth === true ? "stretch" : checkWidth("map", options.width, "stretch");
  const height = options.height ?? 500;
  if (!(Number.isInteger(height) && height > 0)) throw invalidOption("map", "height", "a number of pixels", height);
  if (options.zoom !== undefined && !(typeof options.zoom === "number" && options.zoom >= 0 && options.zoom <= 24)) throw invalidOption("map", "zoom", "a zoom level from 0 to 24", options.zoom);
  const empty = written.rows === 0 && written.columns.length === 0;
  const latitude = empty ? "lat" : coordinateColumn(written, "latitude", options.latitude, LATITUDES);
  const longitude = empty ? "lon" : coordinateColumn(written, "longitude", options.longitude, LONGITUDES);
  return writeElement(containerOf(this), "map", {
    kind: "map",
    data: written.data,
    latitude,
    longitude,
    color: colorOf(written, options.color),
    size: sizeOf(written, options.size),
    ...(options.zoom !== undefined ? { zoom: options.zoom } : {}),
    ...(size !== "stretch" ? { width: size } : {}),
    height,
  });
}

/** The column of latitudes or longitudes: the one named, or the first of Streamlit's names the data has; numbers, none missing. */
function coordinateColumn(written: WrittenData, what: string, given: string | undefined, names: string[]): string {
  const name = given !== undefined && written.columns.includes(given) ? given : names.find((n) => written.columns.includes(n));
  if (name === undefined) {
    throw new RivuletAPIError("invalid_option", {
      api: "map",
      option: "data",
      expected: `a ${what} column named ${names.map((n) => JSON.stringify(n)).join(", ")}${given !== undefined ? ` or ${JSON.stringify(given)}` : ""}`,
      got: `the columns ${written.columns.map((c) => JSON.stringify(c)).join(", ")}`,
    });
  }
  const i = written.columns.indexOf(name);
  if (!/^(Float|Int|Uint)/.test(written.types[i]!)) throw invalidOption("map", what, `a column of numbers (${JSON.stringify(name)} is ${written.types[i]})`, name);
  if (written.nulls[i]! > 0) throw invalidOption("map", what, `a column with no missing values (${JSON.stringify(name)} has ${written.nulls[i]}, such as NaN or null)`, name);
  return name;
}

function colorOf(written: WrittenData, color: unknown): { column: string } | { value: string } {
  if (color === undefined || color === null) return { value: DEFAULT_COLOR };
  if (typeof color === "string" && written.columns.includes(color)) {
    const type = written.types[written.columns.indexOf(color)]!;
    if (!/^(Utf8|Dictionary|List)/.test(type)) throw invalidOption("map", "color", `a column of colours (${JSON.stringify(color)} is ${type})`, color);
    return { column: color };
  }
  const css = cssColor(color);
  if (css === null) throw invalidOption("map", "color", 'a colour ("#ffaa00" or [r, g, b, a]) or the name of a column of them', color);
  return { value: css };
}

function sizeOf(written: WrittenData, size: unknown): { column: string } | { value: number } {
  if (size === undefined || size === null) return { value: DEFAULT_SIZE };
  if (typeof size === "string" && written.columns.includes(size)) {
    const type = written.types[written.columns.indexOf(size)]!;
    if (!/^(Float|Int|Uint)/.test(type)) throw invalidOption("map", "size", `a column of numbers (${JSON.stringify(size)} is ${type})`, size);
    return { column: size };
  }
  if (typeof size === "number" && Number.isFinite(size) && size >= 0) return { value: size };
  throw invalidOption("map", "size", "a radius in meters, or the name of a column of them", size);
}

export const node = v.object({
  kind: v.literal("map"),
  data: dataRef,
  latitude: v.string(),
  longitude: v.string(),
  /** One CSS colour, or the column of colours (hex strings, [r, g, b, a] lists). */
  color: v.union([v.object({ column: v.string() }), v.object({ value: v.string() })]),
  /** One radius in meters, or the column of them. */
  size: v.union([v.object({ column: v.string() }), v.object({ value: v.number() })]),
  /** Absent: fitted to the points. */
  zoom: v.optional(v.number()),
  width,
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export default defineElement({
  kind: "map",
  node,
  api: { map },
  writesData: true,
  section: "Data",
  testing: {
    /** The points: latitude, longitude, and the size and colour columns when they are columns. */
    value: (shown: v.InferOutput<typeof node>, data) => data(shown.data).toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON()),
  },
  docs: [
    {
      calls: ["st.map(data, { latitude, longitude, color, size, zoom, width, height })"],
      streamlit: ["st.map"],
      notes: "points over map tiles (Leaflet; a plain background offline), centred and zoomed as Streamlit does; `size` in meters",
      example: 'st.map([{ lat: 59.91, lon: 10.75, size: 800 }, { lat: 59.95, lon: 10.7, size: 400 }], { size: "size", color: "#0068c9" });',
    },
  ],
});
