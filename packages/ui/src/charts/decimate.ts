// A built-in line or area chart of many points drawn from a selection of them: for each series
// and each y column, Largest-Triangle-Three-Buckets (Steinarsson, 2013) keeps, of every bucket
// of consecutive points, the one that makes the largest triangle with its neighbours' picks, so
// peaks and troughs stay. About two points per pixel of the chart's width: the line looks the
// same, and Vega's work stays small. (The runtime asks for it past DECIMATE_ABOVE rows:
// runtime/src/api/charts/builtInChart.ts.)
import type { NodeOf } from "../wire.ts";

export type Decimation = NonNullable<NodeOf<"vegaLiteChart">["decimate"]>;

/** The rows to draw, in their order; with x as the index, each row's position written into it first. */
export function decimated(rows: Record<string, unknown>[], hint: Decimation, budget: number): Record<string, unknown>[] {
  if (hint.x === null && hint.position !== undefined) rows.forEach((row, i) => (row[hint.position!] = i));
  const xOf = (row: Record<string, unknown>, i: number): number => (hint.x === null ? i : Number(row[hint.x]));
  const groups = new Map<unknown, number[]>();
  rows.forEach((row, i) => {
    const key = hint.series === undefined ? null : row[hint.series];
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  const keep = new Uint8Array(rows.length);
  for (const group of groups.values()) {
    const xs = Float64Array.from(group, (i) => xOf(rows[i]!, i));
    // Points in x order (a line is drawn in x order), each group's own.
    const order = Uint32Array.from(group.keys());
    if (!xs.every((x, i) => i === 0 || x >= xs[i - 1]!)) order.sort((a, b) => xs[a]! - xs[b]!);
    for (const y of hint.y) {
      const points = Array.from(order).filter((k) => Number.isFinite(xs[k]!) && Number.isFinite(Number(rows[group[k]!]![y] ?? Number.NaN)));
      const ys = points.map((k) => Number(rows[group[k]!]![y]));
      for (const picked of lttb(points.map((k) => xs[k]!), ys, budget)) keep[group[points[picked]!]!] = 1;
    }
  }
  return rows.filter((_, i) => keep[i] === 1);
}

/** The positions (in `xs`) of at most `budget` points: the first, the last, and one per bucket between. */
export function lttb(xs: readonly number[], ys: readonly number[], budget: number): number[] {
  const n = xs.length;
  if (budget >= n || budget < 3) return Array.from({ length: n }, (_, i) => i);
  const picked = [0];
  const bucket = (n - 2) / (budget - 2);
  let a = 0;
  for (let i = 0; i < budget - 2; i++) {
    // The next bucket's average point: the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * bucket) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * bucket) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += xs[j]!;
      avgY += ys[j]!;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;
    const start = Math.floor(i * bucket) + 1;
    const end = Math.floor((i + 1) * bucket) + 1;
    let best = start;
    let largest = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((xs[a]! - avgX) * (ys[j]! - ys[a]!) - (xs[a]! - xs[j]!) * (avgY - ys[a]!));
      if (area > largest) {
        largest = area;
        best = j;
      }
    }
    picked.push(best);
    a = best;
  }
  picked.push(n - 1);
  return picked;
}
