// What st.logo asked of the page: each logo element registers itself, and the page shows the
// last one (Streamlit's rule: the last call of a run is the logo).
import type { NodeOf } from "./wire.ts";

export type Logo = Omit<NodeOf<"logo">, "kind">;

const registered = $state<{ id: number; logo: Logo }[]>([]);
let next = 0;

/** A logo element's settings, until the returned function takes them back. */
export function registerLogo(logo: Logo): () => void {
  const id = ++next;
  registered.push({ id, logo });
  return () => {
    const index = registered.findIndex((entry) => entry.id === id);
    if (index !== -1) registered.splice(index, 1);
  };
}

export function currentLogo(): Logo | undefined {
  return registered.at(-1)?.logo;
}

/** Streamlit's heights of a logo, by size. */
export const LOGO_HEIGHTS = { small: 20, medium: 24, large: 32 } as const;
