// What st.secrets reads: the app's secrets as its host loaded them (packages/server reads the
// TOML files; AppTest takes an object), or why there are none. Pure data: it crosses threads.

export type SecretsSource =
  /** `files`: where the host looked, for the messages of a missing key. */
  | { kind: "loaded"; values: Record<string, unknown>; files: readonly string[] }
  | { kind: "none"; files: readonly string[] }
  | { kind: "invalid"; file: string; reason: string };

export const NO_SECRETS: SecretsSource = { kind: "none", files: [] };

/** Secrets as a source holds them: frozen all the way down, since every session reads the same objects. */
export function loadedSecrets(values: Record<string, unknown>, files: readonly string[]): SecretsSource {
  return { kind: "loaded", values: deepFreeze(structuredClone(values)), files };
}

function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return root;
}
