// Streamlit's Vega-Lite theme (its frontend's CustomTheme.tsx), in its light and dark colours:
// Source Sans fonts, grey axis labels, grid lines but no ticks or domain, its categorical palette.

const LIGHT = {
  text: "#31333f",
  muted: "#808495",
  grid: "#e6eaf1",
  background: "#ffffff",
  mark: "#0068c9",
  category: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  ramp: ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"],
};
const DARK = {
  text: "#fafafa",
  muted: "#a3a8b8",
  grid: "#31333f",
  background: "#0e1117",
  mark: "#83c9ff",
  category: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
  ramp: ["#004280", "#0054a3", "#0068c9", "#1c83e1", "#3d9df3", "#60b4ff", "#83c9ff", "#a6dcff", "#c7ebff", "#e4f5ff"],
};

/** Streamlit's chart colours, light or dark (its other chart libraries' themes take them too). */
export function chartColors(dark: boolean): typeof LIGHT {
  return dark ? DARK : LIGHT;
}

export const CHART_FONT = '"Source Sans Pro", "Source Sans 3", sans-serif';

export function streamlitTheme(dark: boolean): Record<string, unknown> {
  const c = chartColors(dark);
  const font = CHART_FONT;
  return {
    font,
    background: c.background,
    fieldTitle: "verbal",
    autosize: { type: "fit", contains: "padding" },
    title: { align: "left", anchor: "start", color: c.text, fontWeight: 600, fontSize: 16, orient: "top", offset: 26 },
    header: { titleFontWeight: 400, titleFontSize: 16, titleColor: c.muted, labelFontSize: 12, labelFontWeight: 400, labelColor: c.muted },
    axis: {
      labelFontSize: 12,
      labelFontWeight: 400,
      labelColor: c.muted,
      titleFontWeight: 400,
      titleFontSize: 14,
      titleColor: c.muted,
      ticks: false,
      gridColor: c.grid,
      domain: false,
      domainWidth: 1,
      domainColor: c.grid,
      labelFlush: true,
      labelFlushOffset: 1,
      labelBound: false,
      labelLimit: 100,
      titlePadding: 16,
      labelPadding: 16,
      labelSeparation: 4,
      labelOverlap: true,
    },
    legend: {
      labelFontSize: 14,
      labelFontWeight: 400,
      labelColor: c.muted,
      titleFontSize: 14,
      titleFontWeight: 400,
      titleColor: c.muted,
      titlePadding: 5,
      labelPadding: 16,
      columnPadding: 8,
      rowPadding: 4,
      padding: 7,
      symbolStrokeWidth: 4,
    },
    range: { category: c.category, ramp: c.ramp, heatmap: c.ramp },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: true, color: c.mark },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
}
