// Data support: what turns a script's data into Apache Arrow for st.dataframe and its kin (the
// encoder, toArrow.ts) and applies a data editor's edits to an Arrow table (editTable.ts), with
// apache-arrow under them (~170 KB of JavaScript, ~40 KB gzipped). Loaded only by the modules
// that may write data: the compiler adds `import "rivulet/data"` to each of them
// (phases/2-analyze/data-writes.ts), so an app without data never loads Arrow (a session thread
// starts sooner, the playground downloads less), and one with data has it before its first run.
import { useTableEditor } from "./api/data/applyEdits.ts";
import { editTable } from "./api/data/editTable.ts";
import { encodeArrow } from "./api/data/toArrow.ts";
import { useArrowEncoder } from "./api/data/writeData.ts";

useArrowEncoder(encodeArrow);
useTableEditor(editTable);
