// What st.set_page_config asked of the page: each pageConfig element registers what it sets,
// and the page reads them merged, later calls over earlier ones (Streamlit 1.50's rule).
import type { NodeOf } from "./wire.ts";

type Config = Omit<NodeOf<"pageConfig">, "kind">;

const registered = $state<{ id: number; config: Config }[]>([]);
let next = 0;

/** A pageConfig element's settings, until the returned function takes them back. */
export function registerPageConfig(config: () => Config): () => void {
  const id = ++next;
  registered.push({ id, config: config() });
  return () => {
    const index = registered.findIndex((entry) => entry.id === id);
    if (index !== -1) registered.splice(index, 1);
  };
}

/** The page's settings: every registered call's, the later over the earlier. */
export function pageConfig(): Config {
  const merged: Config = {};
  for (const { config } of registered) {
    for (const [key, value] of Object.entries(config)) {
      if (key === "menu" && merged.menu && value) merged.menu = { ...merged.menu, ...(value as Config["menu"]) };
      else if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** A favicon's URL: an image's own, or an emoji drawn as SVG. */
export function faviconUrl(icon: string): string {
  if (/^(https?:|data:|\/|\.\.?\/)/.test(icon)) return icon;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  // A Material icon needs its font, which a favicon cannot load: a neutral dot stands in.
  const glyph = material ? "●" : icon;
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${glyph}</text></svg>`)}`;
}
