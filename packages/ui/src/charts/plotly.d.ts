// The part of plotly.js-dist-min's API the page uses (the package ships no types).
declare module "plotly.js-dist-min" {
  export interface PlotlyElement extends HTMLDivElement {
    on(event: "plotly_selected" | "plotly_click" | "plotly_deselect", handler: (event: PlotlyEvent | undefined) => void): void;
    removeAllListeners?(event: string): void;
  }
  export interface PlotlyPoint {
    curveNumber: number;
    pointNumber?: number;
    pointIndex?: number;
    pointIndices?: number[];
    x?: unknown;
    y?: unknown;
    data?: { legendgroup?: string };
    fullData?: unknown;
    [key: string]: unknown;
  }
  export interface PlotlyEvent {
    points?: PlotlyPoint[];
    selections?: { type: string; xref: string; yref: string; x0?: number; x1?: number; y0?: number; y1?: number; path?: string }[];
  }
  const Plotly: {
    react(root: HTMLElement, data: unknown[], layout?: Record<string, unknown>, config?: Record<string, unknown>): Promise<PlotlyElement>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): void };
  };
  export default Plotly;
}
