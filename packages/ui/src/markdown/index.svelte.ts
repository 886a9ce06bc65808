// Markdown for the page's components: `renderMarkdown(body)` and `renderInline(label)`, with the
// libraries not every page needs loaded the first time a text needs them (KaTeX and its
// stylesheet for math, the emoji table for shortcodes, highlight.js for code), as lazy chunks.
// Renders read `features`, so a component shows the text plainly, then again once its library
// has arrived.
import { renderInline as renderInlineWith, renderMarkdown as renderMarkdownWith, type Feature, type Features } from "./render.ts";

const features = $state<Features>({});
const loading = new Set<Feature>();

const loaders: { [F in Feature]: () => Promise<Features[F]> } = {
  katex: async () => {
    const [katex] = await Promise.all([import("katex"), import("katex/dist/katex.min.css")]);
    return katex.default;
  },
  emoji: async () => {
    const { gemoji } = await import("gemoji");
    return new Map(gemoji.flatMap((entry) => entry.names.map((name) => [name, entry.emoji] as const)));
  },
  highlight: async () => {
    const [module, , dark] = await Promise.all([
      import("./highlight.ts"),
      import("highlight.js/styles/github.css"),
      import("highlight.js/styles/github-dark.css?inline"),
    ]);
    // GitHub's dark colours over its light ones, while the system asks for dark (the page's theme).
    const style = document.createElement("style");
    style.media = "(prefers-color-scheme: dark)";
    style.textContent = dark.default;
    document.head.append(style);
    return module.highlighter;
  },
};

function need(feature: Feature): void {
  if (loading.has(feature)) return;
  loading.add(feature);
  loaders[feature]().then(
    (library) => ((features as Record<Feature, unknown>)[feature] = library),
    // A chunk that failed to load (the server went away): the text stays plain; a reload tries again.
    () => loading.delete(feature),
  );
}

export function renderMarkdown(source: string, options: { allowHtml?: boolean; anchors?: boolean } = {}): string {
  return renderMarkdownWith(source, { ...options, features, need });
}

export function renderInline(source: string): string {
  return renderInlineWith(source, { features, need });
}

/** Code highlighted as `language`, when highlight.js has arrived and knows it. */
export { highlighted } from "./render.ts";
export function codeFeatures(): { features: Features; need: (feature: Feature) => void } {
  return { features, need };
}
