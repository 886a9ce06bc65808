// A dataset's Arrow IPC as the rows Vega reads: one plain object per row, read column by column
// (a timestamp as its milliseconds, which Vega takes as a date; a list as an array).
import { tableFromIPC } from "apache-arrow";

export function rowsOf(bytes: Uint8Array): Record<string, unknown>[] {
  const table = tableFromIPC(bytes);
  const names = table.schema.fields.map((f) => f.name);
  const vectors = names.map((_, i) => table.getChildAt(i)!);
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) rows[r] = {};
  names.forEach((name, c) => {
    const vector = vectors[c]!;
    for (let r = 0; r < table.numRows; r++) {
      const value: unknown = vector.get(r);
      rows[r]![name] = typeof value === "bigint" ? Number(value) : value !== null && typeof value === "object" && "toArray" in value ? Array.from((value as { toArray(): ArrayLike<unknown> }).toArray()) : value;
    }
  });
  return rows;
}
