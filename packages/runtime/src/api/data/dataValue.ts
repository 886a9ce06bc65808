// What AppTest shows of a data element (`at.dataframe[0].value`): its data decoded from the Arrow
// IPC the page got (AppTest decodes it), as an Arrow table and as plain rows.

import type { Table } from "apache-arrow";
import type { DataReader, DataRef } from "../../wire/dataRef.ts";

export interface DataValue {
  table: Table;
  /** The column names, in order. */
  columns: string[];
  /** One plain object per row (a list cell as an array, a timestamp as a Date). */
  rows: Record<string, unknown>[];
}

/**
 * The data of `refs` (a node's data, then the rows added after it). `table` joins the parts
 * when their types are the same; rows of other number types (addRows of 0.5 to a column of 1s)
 * are in `rows` all the same, and `table` is then the first part's.
 */
export function dataValue(refs: readonly DataRef[], read: DataReader): DataValue {
  const parts = refs.map(read);
  const first = parts[0]!;
  const same = parts.every((part) => String(part.schema) === String(first.schema));
  const table = parts.length > 1 && same ? first.concat(...parts.slice(1)) : first;
  return { table, columns: first.schema.fields.map((field) => field.name), rows: parts.flatMap(plainRows) };
}

function plainRows(table: Table): Record<string, unknown>[] {
  const columns = table.schema.fields.map((field) => field.name);
  const vectors = columns.map((_, i) => table.getChildAt(i)!);
  const timestamps = table.schema.fields.map((field) => /^Timestamp|^Date/.test(String(field.type)));
  const rows: Record<string, unknown>[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    columns.forEach((name, c) => (row[name] = plain(vectors[c]!.get(r), timestamps[c]!)));
    rows.push(row);
  }
  return rows;
}

function plain(value: unknown, timestamp: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (timestamp && typeof value === "number") return new Date(value);
  if (typeof value === "object" && value !== null && "toArray" in value && typeof (value as { toArray: unknown }).toArray === "function") {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
  }
  return value;
}
