// A dataframe as the grid shows it: its Arrow table decoded from the IPC the page got, and the
// columns to draw (the index first, then the pinned, then the rest in `columnOrder`), each with
// its header, width, alignment and how its cells look: the column config's type, or one inferred
// from the Arrow type as Streamlit infers it.
import { Float64, Table, Utf8, tableFromIPC, vectorFromArray, type Vector } from "apache-arrow";
import type { ColumnConfig, ColumnType } from "../wire.ts";
import { formatNumber } from "./format.ts";

export type { ColumnConfig, ColumnType };

export interface GridColumn {
  /** The Arrow column's name ("" for row numbers). */
  name: string;
  header: string;
  help: string | undefined;
  /** Index columns (and row numbers): shaded, pinned left. */
  isIndex: boolean;
  pinned: boolean;
  type: ColumnType;
  /** Its Arrow type, as apache-arrow names it ("Float64"): a data editor's cell editor follows from it. */
  arrowType: string;
  /** Its column config, the index's own merged in: `disabled`, `required`, `default` are a data editor's. */
  config: ColumnConfig;
  align: "left" | "center" | "right";
  width: number;
  /** The cell's value in row `row` of the data (not of the view): null when missing. */
  value(row: number): unknown;
}

export interface DataFields {
  index: string[];
  hideIndex?: boolean;
  columnOrder?: string[];
  columnConfig?: Record<string, ColumnConfig>;
}

/** Streamlit's widths of "small", "medium" and "large" columns. */
const WIDTHS = { small: 75, medium: 200, large: 400 } as const;
const INDEX_KEY = "_index";

export function decode(bytes: Uint8Array): Table {
  return tableFromIPC(bytes);
}

/** The table of a node's data and the rows added after it (addRows), or null until all of it is here. */
export function decodeAll(data: Record<string, Uint8Array>, refs: readonly { $data: string }[]): Table | null {
  const parts: Table[] = [];
  for (const ref of refs) {
    const bytes = data[ref.$data];
    if (bytes === undefined) return null;
    parts.push(tableFromIPC(bytes));
  }
  return parts.length === 1 ? parts[0]! : join(parts);
}

/**
 * Tables of the same columns as one. A column whose parts differ in type (rows of 0.5 added to a
 * column of 1s: Int32, then Float64) is made anew as Float64 (numbers) or text.
 */
function join(parts: Table[]): Table {
  const first = parts[0]!;
  if (parts.every((part) => part.schema.fields.every((field, i) => String(field.type) === String(first.schema.fields[i]?.type)))) {
    return first.concat(...parts.slice(1));
  }
  const columns: Record<string, Vector> = {};
  for (const field of first.schema.fields) {
    const vectors = parts.map((part) => part.getChild(field.name)).filter((v): v is Vector => v !== null);
    if (vectors.every((v) => String(v.type) === String(field.type))) {
      columns[field.name] = vectors.reduce((a, b) => a.concat(b));
      continue;
    }
    const values = vectors.flatMap((v) => [...v]);
    const numbers = vectors.every((v) => /^(Int|Uint|Float|Decimal)/.test(String(v.type)));
    columns[field.name] = numbers
      ? vectorFromArray(values.map((x) => (x === null ? null : Number(x))), new Float64())
      : vectorFromArray(values.map((x) => (x === null ? null : String(x))), new Utf8());
  }
  return new Table(columns);
}

export function gridColumns(table: Table, fields: DataFields): GridColumn[] {
  const config = fields.columnConfig ?? {};
  const indexConfig = config[INDEX_KEY] ?? {};
  const showIndex = fields.hideIndex !== true && indexConfig.hidden !== true;
  const columns: GridColumn[] = [];
  if (showIndex && fields.index.length === 0 && fields.hideIndex === false) {
    columns.push(column("", { label: "", ...indexConfig }, { kind: "number" }, "Int32", true, (row) => row, table.numRows));
  }
  const names = table.schema.fields.map((f) => f.name);
  if (showIndex) {
    for (const name of fields.index) {
      const vector = table.getChild(name);
      if (vector !== null) columns.push(fromVector(name, vector, { label: name === INDEX_KEY ? "" : name, ...indexConfig, ...config[name] }, true, table.numRows));
    }
  }
  const order = fields.columnOrder ?? names;
  const data: GridColumn[] = [];
  for (const name of order) {
    if (fields.index.includes(name)) continue;
    const vector = table.getChild(name);
    const own = config[name] ?? {};
    if (vector === null || own.hidden === true) continue;
    data.push(fromVector(name, vector, own, false, table.numRows));
  }
  // Pinned columns stay at the left, after the index, as in Streamlit.
  return [...columns, ...data.filter((c) => c.pinned), ...data.filter((c) => !c.pinned)];
}

function fromVector(name: string, vector: Vector, config: ColumnConfig, isIndex: boolean, rows: number): GridColumn {
  const type = config.type ?? inferType(String(vector.type));
  const timestamp = /^(Timestamp|Date)/.test(String(vector.type));
  const get = (row: number): unknown => {
    const value: unknown = vector.get(row);
    if (value === null || value === undefined) return null;
    if (timestamp && typeof value === "number") return new Date(value);
    if (typeof value === "object" && value !== null && "toArray" in value) return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
    return value;
  };
  return column(name, config, type, String(vector.type), isIndex, get, rows);
}

function column(name: string, config: ColumnConfig, type: ColumnType, arrowType: string, isIndex: boolean, value: (row: number) => unknown, rows: number): GridColumn {
  const header = config.label ?? name;
  const numeric = type.kind === "number" || type.kind === "progress";
  return {
    name,
    header,
    help: config.help,
    isIndex,
    pinned: isIndex || config.pinned === true,
    type,
    arrowType,
    config,
    align: config.alignment ?? (numeric ? "right" : type.kind === "checkbox" ? "center" : "left"),
    width: typeof config.width === "number" ? config.width : config.width !== undefined ? WIDTHS[config.width] : fittedWidth(header, type, value, rows),
    value,
  };
}

/** The column type Streamlit shows an Arrow type as. */
export function inferType(arrowType: string): ColumnType {
  if (/^(Float|Int|Uint|Decimal)/.test(arrowType)) return { kind: "number" };
  if (arrowType === "Bool") return { kind: "checkbox" };
  if (/^Timestamp/.test(arrowType)) return { kind: "datetime" };
  if (/^Date/.test(arrowType)) return { kind: "date" };
  if (/^Time/.test(arrowType)) return { kind: "time" };
  if (/^(List|FixedSizeList)/.test(arrowType)) return { kind: "list" };
  if (/^Struct|^Map/.test(arrowType)) return { kind: "json" };
  return { kind: "text" };
}

/** A width that fits the header and the first cells (about 7.5 px a character), within Streamlit's bounds. */
function fittedWidth(header: string, type: ColumnType, value: (row: number) => unknown, rows: number): number {
  if (type.kind === "lineChart" || type.kind === "barChart" || type.kind === "areaChart" || type.kind === "progress") return 150;
  if (type.kind === "checkbox") return Math.max(60, header.length * 8 + 32);
  let longest = header.length + 3;
  for (let row = 0; row < Math.min(rows, 100); row++) {
    const cell = value(row);
    const text = cell === null ? 4 : typeof cell === "number" ? formatNumber(cell, undefined).length : String(cell).length;
    if (text > longest) longest = text;
  }
  return Math.round(Math.min(400, Math.max(50, longest * 7.5 + 18)));
}
