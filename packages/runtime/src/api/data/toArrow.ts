// What st.dataframe and its kin take, as an Apache Arrow table: the shapes a TypeScript user's
// data comes in, told apart as Streamlit's `determine_data_format` tells Python's apart.
// Each column's Arrow type is inferred from its values; typed arrays become columns without a copy.

import {
  Binary,
  Bool,
  Dictionary,
  Vector,
  Field,
  Float64,
  Int32,
  Int64,
  List,
  Table,
  TimestampMillisecond,
  Utf8,
  makeVector,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from "apache-arrow";
import { invalidOption } from "../../errors/invalidOption.ts";
import { isPlainObject } from "./plainObject.ts";

/**
 * The shape the data came in (Streamlit's DataFormat): a data editor gives the edited data back
 * in it, and whether an index is shown by default follows from it.
 */
export type DataShape =
  | "empty"
  | "arrow"
  /** `[{ a: 1, b: "x" }, ...]` */
  | "records"
  /** `[[1, "x"], ...]`, with `columns` naming them */
  | "rows"
  /** `{ a: [1, 2], b: ["x", "y"] }` */
  | "columns"
  /** `[1, 2, 3]`: one column, "value" */
  | "values"
  /** A Set: as values */
  | "set"
  /** `{ x: 1, y: 2 }`: the keys are the index, the values one column "value" */
  | "keyValue"
  /** A Map: as a key-value object */
  | "map";

export interface ArrowData {
  table: Table;
  shape: DataShape;
  /** The columns that are the data's index (a key-value object's keys), shown first, apart. */
  index: string[];
  /**
   * The columns whose values were made text (objects as JSON, values of mixed kinds): a data
   * editor does not edit them, as Streamlit does not edit the columns Arrow cannot hold.
   */
  converted: string[];
}

/** The column a key-value object's keys go in: its index, whose header shows no name (Streamlit's INDEX_IDENTIFIER). */
export const INDEX_COLUMN = "_index";

/** Anything st.dataframe takes. */
export type DataInput =
  | Table
  | { toArrow(): Table }
  | readonly Record<string, unknown>[]
  | readonly (readonly unknown[])[]
  | readonly unknown[]
  | Record<string, readonly unknown[] | ArrayLike<number>>
  | Record<string, unknown>
  | ReadonlyMap<unknown, unknown>
  | ReadonlySet<unknown>
  | null
  | undefined;

/** Data as Arrow IPC (the stream format), for writeData.ts. */
export function encodeArrow(api: string, data: unknown, columns?: readonly string[]) {
  const { table, index, shape, converted } = toArrow(api, data, columns);
  const stable = withStableDictionaryIds(table);
  const fields = stable.schema.fields;
  return {
    ipc: tableToIPC(stable, "stream"),
    rows: stable.numRows,
    index,
    columns: fields.map((f) => f.name),
    types: fields.map((f) => String(f.type)),
    nulls: fields.map((_, i) => stable.getChildAt(i)!.nullCount),
    shape,
    converted,
  };
}

/**
 * The table with its dictionary columns numbered 0, 1, ... in order. apache-arrow gives every
 * Dictionary type an id from a counter of the process, so the same data built twice (a query run
 * again) would encode to other bytes: another content hash (sent again), and, for a dataframe
 * with selections, another widget.
 */
function withStableDictionaryIds(table: Table): Table {
  const fields = table.schema.fields;
  if (!fields.some((field) => field.type instanceof Dictionary)) return table;
  let next = 0;
  const vectors: Record<string, Vector> = {};
  fields.forEach((field, i) => {
    const vector = table.getChildAt(i)!;
    if (!(field.type instanceof Dictionary)) vectors[field.name] = vector;
    else {
      const type = new Dictionary(field.type.dictionary, field.type.indices, next++, field.type.isOrdered);
      vectors[field.name] = new Vector(vector.data.map((data) => data.clone(type)));
    }
  });
  return new Table(vectors);
}

/** What building one table needs: the API that errors name, and where converted columns are noted. */
interface Build {
  api: string;
  converted: string[];
}

export function toArrow(api: string, data: unknown, columns?: readonly string[]): ArrowData {
  const build: Build = { api, converted: [] };
  const { table, shape, index } = tableOf(build, data, columns);
  return { table, shape, index, converted: build.converted };
}

function tableOf(build: Build, data: unknown, columns: readonly string[] | undefined): Omit<ArrowData, "converted"> {
  const { api } = build;
  if (data === null || data === undefined) return { table: new Table(), shape: "empty", index: [] };
  if (data instanceof Table) return { table: data, shape: "arrow", index: [] };
  if (typeof data === "object" && typeof (data as { toArrow?: unknown }).toArrow === "function") {
    const table: unknown = (data as { toArrow(): unknown }).toArrow();
    if (!(table instanceof Table)) throw invalidOption(api, "data", "an object whose toArrow() returns an Apache Arrow Table (apache-arrow 21)", table);
    return { table, shape: "arrow", index: [] };
  }
  if (isForeignTable(data)) throw invalidOption(api, "data", "an Apache Arrow Table of apache-arrow 21 (this one is of another copy: call tableFromIPC(tableToIPC(t)))", data);
  if (data instanceof Set) return { ...values(build, [...data]), shape: "set" };
  if (data instanceof Map) return { ...keyValue(build, [...data].map(([k, v]) => [String(k), v])), shape: "map" };
  if (Array.isArray(data)) {
    const first = data.find((row) => row !== null && row !== undefined);
    if (first === undefined && columns === undefined) return values(build, data);
    if (Array.isArray(first) || columns !== undefined) return rows(build, data, columns);
    if (isPlainObject(first)) return records(build, data);
    return values(build, data);
  }
  if (ArrayBuffer.isView(data)) return values(build, Array.from(data as unknown as ArrayLike<unknown>), data as unknown as ArrayLike<number>);
  if (isPlainObject(data)) {
    const entries = Object.entries(data);
    if (entries.length > 0 && entries.every(([, column]) => Array.isArray(column) || isNumberArray(column))) return columnsOf(build, entries as [string, ArrayLike<unknown>][]);
    return keyValue(build, entries);
  }
  throw invalidOption(api, "data", "an array of objects or of rows, an object of columns, a Map, a Set, or an Apache Arrow Table", data);
}

type Built = Omit<ArrowData, "converted">;

function records(build: Build, data: readonly unknown[]): Built {
  const { api } = build;
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of data) {
    if (row === null || row === undefined) continue;
    if (!isPlainObject(row)) throw invalidOption(api, "data", "an array whose items are all objects (records)", row);
    for (const name of Object.keys(row)) if (!seen.has(name)) seen.add(name), names.push(name);
  }
  const vectors: Record<string, Vector> = {};
  for (const name of names) vectors[name] = column(build, name, data.map((row) => (row as Record<string, unknown> | null | undefined)?.[name]));
  return { table: new Table(vectors), shape: "records", index: [] };
}

function rows(build: Build, data: readonly unknown[], columns: readonly string[] | undefined): Built {
  const { api } = build;
  let width = columns?.length ?? 0;
  for (const row of data) {
    if (row === null || row === undefined) continue;
    if (!Array.isArray(row)) throw invalidOption(api, "data", "an array whose items are all arrays (rows)", row);
    if (columns === undefined) width = Math.max(width, row.length);
  }
  const names = columns ?? Array.from({ length: width }, (_, i) => String(i));
  if (new Set(names).size !== names.length) throw invalidOption(api, "columns", "distinct column names", columns);
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => (vectors[name] = column(build, name, data.map((row) => (row as unknown[] | null | undefined)?.[i]))));
  return { table: new Table(vectors), shape: "rows", index: [] };
}

function columnsOf(build: Build, entries: [string, ArrayLike<unknown>][]): Built {
  const { api } = build;
  const length = entries[0]![1].length;
  const vectors: Record<string, Vector> = {};
  for (const [name, values] of entries) {
    if (values.length !== length) {
      throw invalidOption(api, "data", `columns of one length (${JSON.stringify(entries[0]![0])} has ${length} values, ${JSON.stringify(name)} ${values.length})`, values);
    }
    vectors[name] = isNumberArray(values) ? typedColumn(values) : column(build, name, Array.from(values));
  }
  return { table: new Table(vectors), shape: "columns", index: [] };
}

function values(build: Build, data: readonly unknown[], typed?: ArrayLike<number>): Built {
  const vector = typed !== undefined && isNumberArray(typed) ? typedColumn(typed) : column(build, "value", data);
  return { table: new Table({ value: vector }), shape: "values", index: [] };
}

function keyValue(build: Build, entries: [string, unknown][]): Built {
  const table = new Table({
    [INDEX_COLUMN]: vectorFromArray(entries.map(([key]) => key), new Utf8()),
    value: column(build, "value", entries.map(([, value]) => value)),
  });
  return { table, shape: "keyValue", index: [INDEX_COLUMN] };
}

/** A column of a typed array, as it is (Float64Array → Float64, Int32Array → Int32, ...). */
function typedColumn(values: ArrayLike<number>): Vector {
  if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Int16Array || values instanceof Int8Array || values instanceof Uint8Array || values instanceof Uint16Array || values instanceof Uint32Array) {
    return makeVector(values);
  }
  return makeVector(Float64Array.from(values));
}

type Kind = "null" | "number" | "integer" | "bigint" | "boolean" | "string" | "date" | "bytes" | "list" | "object" | "mixed";

/** A column of plain values, its type inferred: one kind throughout (nulls aside), or text. */
function column(build: Build, name: string, values: readonly unknown[]): Vector {
  const { api } = build;
  const kind = kindOf(values);
  if (kind === "object" || kind === "mixed") build.converted.push(name);
  const clean = values.map((value) => (value === undefined || (typeof value === "number" && Number.isNaN(value)) ? null : value));
  try {
    switch (kind) {
      case "null":
      case "string":
        return vectorFromArray(clean as (string | null)[], new Utf8());
      case "integer":
        return vectorFromArray(clean as (number | null)[], new Int32());
      case "number":
        return vectorFromArray(clean as (number | null)[], new Float64());
      case "bigint":
        return vectorFromArray(clean as (bigint | null)[], new Int64());
      case "boolean":
        return vectorFromArray(clean as (boolean | null)[], new Bool());
      case "date":
        return vectorFromArray(clean as (Date | null)[], new TimestampMillisecond());
      case "bytes":
        return vectorFromArray(clean as (Uint8Array | null)[], new Binary());
      case "list":
        return listColumn(build, name, clean as (unknown[] | null)[]);
      case "object":
        return vectorFromArray(clean.map((value) => (value === null ? null : JSON.stringify(value))), new Utf8());
      case "mixed":
        return vectorFromArray(clean.map((value) => (value === null ? null : textOf(value))), new Utf8());
    }
  } catch (error) {
    throw invalidOption(api, "data", `values Apache Arrow can hold (column ${JSON.stringify(name)}: ${(error as Error).message})`, values.find((value) => value != null));
  }
}

/** A column of arrays: a list of one kind of scalar (the cells a list or chart column shows), else their JSON. */
function listColumn(build: Build, name: string, values: (unknown[] | null)[]): Vector {
  const items = values.flatMap((list) => list ?? []);
  const kind = kindOf(items);
  const item: DataType | null = kind === "number" || kind === "integer" ? new Float64() : kind === "string" || kind === "null" ? new Utf8() : kind === "boolean" ? new Bool() : null;
  if (item === null) {
    build.converted.push(name);
    return vectorFromArray(values.map((list) => (list === null ? null : JSON.stringify(list))), new Utf8());
  }
  return vectorFromArray(values, new List(new Field("item", item, true)));
}

function kindOf(values: readonly unknown[]): Kind {
  let kind: Kind = "null";
  for (const value of values) {
    const own = valueKind(value);
    if (own === "null" || own === kind) continue;
    if (kind === "null") kind = own;
    else if ((kind === "integer" && own === "number") || (kind === "number" && own === "integer")) kind = "number";
    else return "mixed";
  }
  return kind;
}

function valueKind(value: unknown): Kind {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "number":
      if (Number.isNaN(value)) return "null";
      return Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff ? "integer" : "number";
    case "bigint":
      return "bigint";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    case "object":
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? "null" : "date";
      if (value instanceof Uint8Array) return "bytes";
      if (Array.isArray(value)) return "list";
      return "object";
    default:
      return "mixed";
  }
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}


function isNumberArray(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && !(value instanceof BigInt64Array) && !(value instanceof BigUint64Array);
}

/** An Arrow table of another copy of apache-arrow: it has a schema and batches, but is not ours. */
function isForeignTable(value: unknown): boolean {
  return typeof value === "object" && value !== null && "schema" in value && "batches" in value && "numRows" in value;
}
