import { describe, expect, it } from "vitest";
import { decimated, lttb } from "../src/charts/decimate.ts";

describe("lttb", () => {
  it("keeps the first and last points, one per bucket, and the peaks", () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i);
    const ys = xs.map((x) => (x === 4321 ? 1000 : x === 7000 ? -1000 : Math.sin(x / 300)));
    const picked = lttb(xs, ys, 200);
    expect(picked).toHaveLength(200);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(9999);
    expect(picked).toContain(4321);
    expect(picked).toContain(7000);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });

  it("keeps every point when there are no more than the budget", () => {
    expect(lttb([1, 2, 3], [1, 2, 3], 10)).toEqual([0, 1, 2]);
  });
});

describe("decimated", () => {
  it("selects per series and per y column, keeps the rows' order, and writes positions for an index x", () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({ s: i % 2 === 0 ? "a" : "b", u: Math.sin(i), v: Math.cos(i / 10) }));
    const kept = decimated(rows, { x: null, position: "pos", y: ["u", "v"], series: "s" }, 100);
    expect(kept.length).toBeGreaterThan(150);
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept.every((row) => typeof row.pos === "number")).toBe(true);
    const positions = kept.map((row) => row.pos as number);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(kept.map((row) => row.s))).toEqual(new Set(["a", "b"]));
    // Each series keeps its own ends.
    expect(positions).toEqual(expect.arrayContaining([0, 1, 5998, 5999]));
  });

  it("orders by x when the rows are not in x order, and skips missing values", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ t: (i * 7919) % 3000, y: i === 5 ? null : (i * 7919) % 3000 }));
    const kept = decimated(rows, { x: "t", y: ["y"] }, 50);
    expect(kept).toHaveLength(50);
    expect(kept.some((row) => row.y === null)).toBe(false);
    expect(kept.map((row) => row.t)).toEqual(expect.arrayContaining([0, 2999]));
  });
});
