// Makes st.connection know the server's connection types: "sql". Called by each session worker
// and by AppTest, where database drivers can run (the runtime core itself has none).

import { registerConnectionType, type ConnectionClass } from "@rivulet/runtime";
import { SQLConnection } from "./SQLConnection.ts";

export function installConnectionTypes(): void {
  registerConnectionType("sql", SQLConnection as unknown as ConnectionClass);
}
