// The editor's completions of the st API (`virtual:rivulet-completions`), from the element
// registry when the site is built: each st function's name, the calls the README shows (its
// parameters and options), its notes, its options' names, whether containers have it too and
// whether it makes containers. No runtime in the editor page, only these lines.
import { APIS, BLOCKS, ELEMENTS } from "@rivulet/runtime";
import type { Plugin } from "vite";

const ID = "virtual:rivulet-completions";
const RESOLVED = `\0${ID}`;

export interface StCompletion {
  name: string;
  /** The calls, as the README shows them: `st.slider(label, { minValue, … })`. */
  calls: string[];
  notes: string | null;
  section: string;
  /** A method of every container too (`st.sidebar.slider`, `col.slider`). */
  onContainers: boolean;
  /** What it returns when a container or a list of them (st.expander, st.columns). */
  returns: "container" | "containers" | null;
  /** The names of its options object, as its calls show them (`{ minValue, maxValue, … }`). */
  options: string[];
}

/** The options of a call as the README shows it: the names in its last `{ … }`. */
function optionsOf(call: string): string[] {
  const group = /\{([^{}]*)\}\s*\)\s*$/.exec(call)?.[1];
  return group === undefined ? [] : group.split(",").map((name) => name.trim()).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

export function completionsModule(): Plugin {
  return {
    name: "rivulet-playground:completions",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const byName = new Map<string, StCompletion>();
      for (const definition of [...ELEMENTS, ...BLOCKS, ...APIS]) {
        const allDocs = definition.docs as readonly { calls: readonly string[]; notes?: string }[];
        const onContainers = !("containerMethods" in definition) || definition.containerMethods !== false;
        const containers: Record<string, "one" | "array"> = ("containers" in definition && definition.containers) || {};
        for (const name of Object.keys(definition.api)) {
          const shows = (call: string) => call.startsWith(`st.${name}(`) || call === `st.${name}`;
          const calls = allDocs.flatMap((docs) => docs.calls.filter(shows));
          const notes = allDocs.find((docs) => docs.calls.some(shows))?.notes ?? null;
          const returns = containers[name] === "one" ? "container" : containers[name] === "array" ? "containers" : null;
          const options = [...new Set(calls.flatMap(optionsOf))];
          byName.set(name, { name, calls, notes, section: definition.section, onContainers, returns, options });
        }
      }
      const completions = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
      return `export const ST_COMPLETIONS = ${JSON.stringify(completions)};\n`;
    },
  };
}
