// A session thread (and AppTest) reads the files scripts name by path (st.image("chart.png")),
// relative to the current directory, as Streamlit reads them.
import { readFileSync } from "node:fs";
import { useLocalFiles } from "@rivulet/runtime";

export function installLocalFiles(): void {
  useLocalFiles((path) => readFileSync(path));
}
