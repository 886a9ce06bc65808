// The grid's keyboard, as a spreadsheet's (Streamlit's grid, glide-data-grid, works the same):
// one active cell, moved by the arrows (Page Up/Down by a page, Home/End to the row's ends,
// Ctrl with them to the grid's corners); the cells copied as tab-separated text, which a
// spreadsheet pastes as cells.
import { cellText } from "./format.ts";
import type { GridColumn } from "./columns.ts";

/** The active cell: its position in the view (sorted, filtered), and its column's index. */
export interface Active {
  position: number;
  column: number;
}

export interface Bounds {
  rows: number;
  columns: number;
  /** The rows one page holds. */
  page: number;
}

/** Where a key moves the active cell; null when it is not a key that moves it. */
export function moved(active: Active, key: string, ctrl: boolean, bounds: Bounds): Active | null {
  const clamp = (position: number, column: number): Active => ({
    position: Math.max(0, Math.min(bounds.rows - 1, position)),
    column: Math.max(0, Math.min(bounds.columns - 1, column)),
  });
  switch (key) {
    case "ArrowUp":
      return clamp(ctrl ? 0 : active.position - 1, active.column);
    case "ArrowDown":
      return clamp(ctrl ? bounds.rows - 1 : active.position + 1, active.column);
    case "ArrowLeft":
      return clamp(active.position, ctrl ? 0 : active.column - 1);
    case "ArrowRight":
      return clamp(active.position, ctrl ? bounds.columns - 1 : active.column + 1);
    case "PageUp":
      return clamp(active.position - bounds.page, active.column);
    case "PageDown":
      return clamp(active.position + bounds.page, active.column);
    case "Home":
      return clamp(ctrl ? 0 : active.position, 0);
    case "End":
      return clamp(ctrl ? bounds.rows - 1 : active.position, bounds.columns - 1);
    default:
      return null;
  }
}

/** Rows of cells as tab-separated text, as they show (a tab or a line break inside a cell becomes a space). */
export function tsv(columns: readonly GridColumn[], rows: readonly number[]): string {
  const text = (column: GridColumn, row: number): string => {
    const value = column.value(row);
    if (value === null || value === undefined) return "";
    const shown = Array.isArray(value) ? JSON.stringify(value) : (cellText(value, column.type) ?? String(value));
    return shown.replace(/[\t\r\n]+/g, " ");
  };
  return rows.map((row) => columns.map((column) => text(column, row)).join("\t")).join("\n");
}
