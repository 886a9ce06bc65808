// The data of a data element (a dataframe, a table) as its node names it: converted to Arrow,
// encoded as Arrow IPC (the stream format), and kept by the session, which sends it to the page
// in a binary frame. The converter is installed by the data support (../../data.ts), which the
// modules that may write data import: the page imports the element files for their node
// schemas, apache-arrow (a module with side effects, which no bundler drops) must stay out of
// its first chunk, and an app without data need not load it.

import { currentExecution } from "../../session/context.ts";
import type { DataRef } from "../../wire/dataRef.ts";
import type { DataShape } from "./toArrow.ts";

export interface WrittenData {
  data: DataRef;
  rows: number;
  /** The columns that are the data's index. */
  index: string[];
  /** Every column's name, the index's too. */
  columns: string[];
  /** Every column's Arrow type, as apache-arrow names it ("Float64", "Utf8", "Timestamp<MILLISECOND>"). */
  types: string[];
  /** How many values each column is missing (null, NaN in a number column given as values). */
  nulls: number[];
  shape: DataShape;
  /** The columns whose values were made text (objects, mixed kinds): a data editor leaves them alone. */
  converted: string[];
}

/** Data as Arrow IPC, with what the node says of it (api/data/toArrow.ts's `encodeArrow`). */
export type ArrowEncoder = (api: string, input: unknown, columns?: readonly string[]) => Omit<WrittenData, "data"> & { ipc: Uint8Array };

let encoder: ArrowEncoder | null = null;

/** Said when data is written and the data support (../../data.ts) was not loaded. */
export const NO_DATA_SUPPORT = 'no data support is loaded: the compiler adds `import "rivulet/data"` to a module that writes data, and code it did not compile must import it';

export function useArrowEncoder(encode: ArrowEncoder): void {
  encoder = encode;
}

export function writeData(api: string, input: unknown, columns?: readonly string[]): WrittenData {
  const exec = currentExecution(api);
  if (encoder === null) throw new Error(`st.${api}: ${NO_DATA_SUPPORT}`);
  const { ipc, ...rest } = encoder(api, input, columns);
  return { data: exec.session.data.put(ipc, { columns: rest.columns, types: rest.types }), ...rest };
}
