// The app's secrets, as Streamlit reads `.streamlit/secrets.toml`: the user's global file
// (`~/.rivulet/secrets.toml`) first, then the project's (`<project>/.rivulet/secrets.toml`),
// whose top-level keys replace the global file's. Parsed by smol-toml (TOML 1.0, small and
// without dependencies). A file that is not TOML makes st.secrets raise with its error when the
// app reads it, as Streamlit does; no file at all makes it raise with the paths looked in.

import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { parse, TomlError } from "smol-toml";
import { loadedSecrets, type SecretsSource } from "@rivulet/runtime";

export interface SecretsLocations {
  /** The project's folder (the dev server's root, the folder a built app runs from). */
  project: string;
  /** The user's home (`os.homedir()` by default). */
  home?: string;
}

/** The files looked in, in the order they apply (the later wins). */
export function secretsFiles(where: SecretsLocations): string[] {
  const files = [path.join(where.home ?? homedir(), ".rivulet", "secrets.toml"), path.join(where.project, ".rivulet", "secrets.toml")];
  return [...new Set(files)];
}

export function loadSecrets(where: SecretsLocations): SecretsSource {
  const files = secretsFiles(where);
  let values: Record<string, unknown> | null = null;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") continue;
      return { kind: "invalid", file, reason: (error as Error).message };
    }
    try {
      values = { ...(values ?? {}), ...(parse(text) as Record<string, unknown>) };
    } catch (error) {
      const reason = error instanceof TomlError ? `${error.message.split("\n")[0]!} (line ${error.line}, column ${error.column})` : String(error);
      return { kind: "invalid", file, reason };
    }
  }
  return values === null ? { kind: "none", files } : loadedSecrets(values, files);
}

/**
 * Streamlit also sets each root-level secret that is a string or a number as an environment
 * variable, so libraries that read their keys from the environment find them.
 */
export function exportSecretsToEnv(source: SecretsSource, env: NodeJS.ProcessEnv = process.env): void {
  if (source.kind !== "loaded") return;
  for (const [key, value] of Object.entries(source.values)) {
    if (typeof value === "string" || typeof value === "number") env[key] = String(value);
  }
}
