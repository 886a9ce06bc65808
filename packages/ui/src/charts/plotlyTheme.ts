// Streamlit's Plotly theme (its frontend's PlotlyChart CustomTheme), light or dark: its fonts,
// its categorical palette as the colorway, the page's background, grey axes with light grid
// lines. Under the figure's own layout: what the figure sets wins.
import { CHART_FONT, chartColors } from "./theme.ts";

type Layout = Record<string, unknown>;

export function plotlyLayout(layout: Layout, dark: boolean, themed: boolean): Layout {
  const c = chartColors(dark);
  // Without the theme, only what makes Plotly's look fit the page: its background and text colour.
  const base: Layout = themed
    ? {
        font: { family: CHART_FONT, color: c.muted, size: 12 },
        title: { font: { color: c.text, size: 16 }, x: 0, xanchor: "left" },
        colorway: c.category,
        paper_bgcolor: c.background,
        plot_bgcolor: c.background,
        hoverlabel: { font: { family: CHART_FONT } },
        legend: { font: { color: c.muted, size: 14 } },
        margin: { l: 0, r: 0, t: 40, b: 0, pad: 8 },
        xaxis: axis(c),
        yaxis: axis(c),
      }
    : { paper_bgcolor: c.background, plot_bgcolor: c.background, font: { color: c.text } };
  return merge(base, layout);
}

function axis(c: ReturnType<typeof chartColors>): Layout {
  return { gridcolor: c.grid, zerolinecolor: c.grid, linecolor: c.grid, automargin: true, title: { font: { color: c.muted, size: 14 }, standoff: 16 }, tickfont: { color: c.muted } };
}

/** `over` on `under`, objects merged key by key (a figure's `xaxis: { title }` keeps the theme's grid). */
function merge(under: Layout, over: Layout): Layout {
  const out: Layout = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = isObject(value) && isObject(below) ? merge(below, value) : value;
  }
  return out;
}

function isObject(value: unknown): value is Layout {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
