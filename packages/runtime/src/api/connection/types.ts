// The connection types a host provides by name ("sql": the server's SQL connection over SQLite
// and PostgreSQL). The runtime core has none of its own: it runs where no database driver does.

import { hostSlot } from "../../session/processWide.ts";
import type { BaseConnection } from "./BaseConnection.ts";

export type ConnectionClass<C extends BaseConnection<unknown> = BaseConnection<unknown>> = new (name: string, options: Readonly<Record<string, unknown>>) => C;

// The process's, whichever copy of the runtime is loaded (session/processWide.ts).
const types = hostSlot("connection types", () => new Map<string, ConnectionClass>()).get();

/** A host makes `st.connection(name, { type })` know `type` (the server registers "sql"). */
export function registerConnectionType(type: string, connection: ConnectionClass): void {
  types.set(type, connection);
}

export function connectionType(type: string): ConnectionClass | undefined {
  return types.get(type);
}

export function knownConnectionTypes(): string[] {
  return [...types.keys()];
}
