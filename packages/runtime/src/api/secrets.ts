// st.secrets: the app's secrets (Streamlit's `.streamlit/secrets.toml`; here
// `.rivulet/secrets.toml`), read by attribute or index, nested tables alike: `st.secrets.db.user`,
// `st.secrets["db"]["user"]`. A missing key raises with the files looked in, as Streamlit's
// KeyError does; `get(key, fallback)` reads one that may be absent, `"key" in st.secrets` asks,
// `toDict()` copies. Read-only. Secrets stay on the server: they reach a page only if the script
// writes them there.
//
// The values are the session's (AppTest gives each its own) or, outside any run, the thread's
// as its host provided them (a module's top level reads them at import).

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { getCurrent } from "../session/context.ts";
import { hostSlot } from "../session/processWide.ts";
import { NO_SECRETS, type SecretsSource } from "../state/secrets.ts";

const hostSecrets = hostSlot<SecretsSource>("secrets", () => NO_SECRETS);

/** The host's secrets for this thread (a session worker's, loaded from the secrets files). */
export function provideSecrets(source: SecretsSource): void {
  hostSecrets.set(source);
}

function source(): SecretsSource {
  return getCurrent()?.session.secrets ?? hostSecrets.get();
}

/** The values, or the error that says why there are none. */
function values(): Record<string, unknown> {
  const from = source();
  switch (from.kind) {
    case "loaded":
      return from.values;
    case "none":
      throw new RivuletAPIError("no_secrets", { files: filesOf(from.files) });
    case "invalid":
      throw new RivuletAPIError("invalid_secrets_file", { file: from.file, reason: from.reason });
  }
}

function lookedIn(): readonly string[] {
  const from = source();
  return from.kind === "invalid" ? [from.file] : from.files;
}

function filesOf(files: readonly string[]): string {
  return files.length === 0 ? ".rivulet/secrets.toml" : files.join(", ");
}

export interface Secrets {
  /** A secret, or `fallback` when the files do not have it. */
  get<T = unknown>(key: string, fallback?: T): any;
  /** A copy of the secrets as plain objects. */
  toDict(): Record<string, unknown>;
  readonly [key: string]: any;
}

const METHODS = new Set(["get", "toDict", "toJSON"]);

function table(read: () => Record<string, unknown>): Secrets {
  const methods = {
    get: (key: string, fallback?: unknown) => {
      const all = read();
      return Object.hasOwn(all, key) ? wrap(all[key]) : fallback;
    },
    toDict: () => structuredClone(read()),
    // JSON.stringify(st.secrets.db), and a table passed to a cached function, read it as data.
    toJSON: () => structuredClone(read()),
  };
  return new Proxy({} as Secrets, {
    get(_, key) {
      if (typeof key === "symbol" || key === "then") return undefined;
      if (METHODS.has(key)) return methods[key as keyof typeof methods];
      // String(table), `${table}`: an object's own members, as a dict has them (a key of that name wins).
      if (key in Object.prototype && !Object.hasOwn(read(), key)) return (Object.prototype as Record<string, unknown>)[key];
      const all = read();
      if (!Object.hasOwn(all, key)) throw new RivuletAPIError("missing_secret", { key, files: filesOf(lookedIn()) });
      return wrap(all[key]);
    },
    has: (_, key) => typeof key === "string" && Object.hasOwn(read(), key),
    ownKeys: () => Object.keys(read()),
    getOwnPropertyDescriptor: (_, key) => {
      const all = read();
      return typeof key === "string" && Object.hasOwn(all, key) ? { value: wrap(all[key]), enumerable: true, configurable: true, writable: false } : undefined;
    },
    set: () => {
      throw new RivuletAPIError("secrets_read_only");
    },
    deleteProperty: () => {
      throw new RivuletAPIError("secrets_read_only");
    },
    defineProperty: () => {
      throw new RivuletAPIError("secrets_read_only");
    },
  });
}

/** A nested table reads like st.secrets itself. */
function wrap(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) ? table(() => value as Record<string, unknown>) : value;
}

export const secrets: Secrets = table(values);
