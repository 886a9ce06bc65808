// st.connection's base class, as Streamlit's `st.connections.BaseConnection`: a connection has
// a name (its `[connections.<name>]` section in the secrets), the options it was made with, and
// a raw instance (a database client) made by `connect` the first time it is needed and again
// after `reset()`. A custom connection extends it and implements `connect`:
//
//   class Weather extends st.BaseConnection<{ key: string }> {
//     protected connect(options: Record<string, unknown>) { return { key: String(this.secrets.key ?? options.key) }; }
//   }
//   const weather = st.connection("weather", { type: Weather });

import { secrets, type Secrets } from "../secrets.ts";

export abstract class BaseConnection<Raw = unknown> {
  #raw: Raw | null = null;

  constructor(
    /** The name given to st.connection: its section in the secrets is `[connections.<name>]`. */
    readonly connectionName: string,
    /** The options given to st.connection besides its own (`type`, `ttl`, `maxEntries`). */
    protected readonly options: Readonly<Record<string, unknown>> = {},
  ) {}

  /** Makes the raw instance (a client, a pool): called on first use, and after `reset()`. */
  protected abstract connect(options: Readonly<Record<string, unknown>>): Raw;

  /** The raw instance, made now if it was not (or was reset). */
  get instance(): Raw {
    return (this.#raw ??= this.connect(this.options));
  }

  /** Whether the raw instance has been made (and not reset since). */
  protected get isConnected(): boolean {
    return this.#raw !== null;
  }

  /** Drops the raw instance: the next use makes a new one (a stale connection, an expired token). */
  reset(): void {
    this.#raw = null;
  }

  /** This connection's `[connections.<name>]` section of st.secrets (empty when there is none). */
  protected get secrets(): Record<string, unknown> {
    const section = secretSection(this.connectionName);
    return section;
  }

  /** What st.write shows of it, as Streamlit's `_repr_html_`. */
  toString(): string {
    const configured = Object.keys(secretSection(this.connectionName)).length > 0 ? ` configured from [connections.${this.connectionName}]` : "";
    return `st.connection ${this.connectionName} built from ${this.constructor.name}${configured}`;
  }
}

/** `[connections.<name>]` of the secrets as plain data, or an empty object (no secrets at all is not an error here). */
export function secretSection(name: string): Record<string, unknown> {
  const all: Secrets = secrets;
  let connections: unknown;
  try {
    connections = all.get("connections");
  } catch {
    return {};
  }
  if (typeof connections !== "object" || connections === null) return {};
  const section = (connections as Secrets).get(name);
  return typeof section === "object" && section !== null ? (section as Secrets).toDict() : {};
}
