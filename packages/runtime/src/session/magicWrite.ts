// st.write for the compiler's magic (a bare expression statement is written, as Streamlit's
// magic writes it): compiled code calls it as `$rt.write`, so that a script which never imports
// rivulet can still be written to. This layer imports no element: the registry hands the
// function over when it installs the st functions (elements/install.ts).

type Write = (...values: unknown[]) => void;

let installed: Write | null = null;

/** Called once, at install. */
export function useMagicWrite(write: Write): void {
  installed = write;
}

/** st.write; the registry is always installed before any script runs (the st exports import it). */
export function magicWrite(): Write {
  if (installed === null) throw new Error("Rivulet: st.write is not installed (the element registry was not loaded).");
  return installed;
}
