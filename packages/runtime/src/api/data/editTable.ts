// A data editor's edits applied to an Apache Arrow table (applyEdits.ts's `TableEditor`): a new
// table of the same schema. A column with edited or added cells is built again from its values
// (only columns of plain scalar types are editable); the others keep their vectors, sliced
// around the deleted rows and followed by nulls for the added ones.

import { Table, type Vector, vectorFromArray } from "apache-arrow";
import { addedValue, type EditColumn, type EditingState } from "./editingState.ts";
import { parseCell } from "./applyEdits.ts";

export function editTable(given: unknown, columns: readonly EditColumn[], state: EditingState): Table {
  const table = given as Table;
  const deleted = new Set(state.deletedRows);
  const byName = new Map(columns.map((column) => [column.name, column]));
  const vectors: Record<string, Vector> = {};
  for (const [i, field] of table.schema.fields.entries()) {
    const vector = table.getChildAt(i)!;
    const column = byName.get(field.name);
    const edited = column !== undefined && column.kind !== null && (state.addedRows.length > 0 || Object.values(state.editedRows).some((cells) => field.name in cells));
    if (!edited) {
      vectors[field.name] = withNulls(keptOf(vector, deleted, table.numRows), field.type, state.addedRows.length);
      continue;
    }
    const values: unknown[] = [];
    for (let row = 0; row < table.numRows; row++) {
      if (deleted.has(row)) continue;
      const edit = state.editedRows[row]?.[field.name];
      values.push(edit === undefined ? vector.get(row) : arrowValue(parseCell(edit, column)));
    }
    for (const added of state.addedRows) values.push(arrowValue(parseCell(addedValue(added, column), column)));
    vectors[field.name] = vectorFromArray(values, field.type);
  }
  return new Table(vectors);
}

/** A value as apache-arrow's builders take it: a timestamp as its milliseconds. */
function arrowValue(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : value;
}

/** The vector without the deleted rows: its runs of kept rows, joined. */
function keptOf(vector: Vector, deleted: ReadonlySet<number>, rows: number): Vector {
  if (deleted.size === 0) return vector;
  const parts: Vector[] = [];
  let start = 0;
  for (let row = 0; row <= rows; row++) {
    if (row === rows || deleted.has(row)) {
      if (row > start) parts.push(vector.slice(start, row));
      start = row + 1;
    }
  }
  return parts.length === 0 ? vector.slice(0, 0) : parts.reduce((a, b) => a.concat(b));
}

/** The vector followed by `count` nulls. */
function withNulls(vector: Vector, type: Vector["type"], count: number): Vector {
  if (count === 0) return vector;
  return vector.concat(vectorFromArray(new Array<null>(count).fill(null), type));
}
