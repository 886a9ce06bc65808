import { describe, expect, it } from "vitest";
import { applyMessage, applyOp, emptyPage, PatchError, type Page } from "../src/wire.ts";
import { isStale } from "../src/tree/stale.ts";
import { shownValue } from "../src/elements/localValue.ts";
import type { PatchOp, TreeNode } from "../src/wire.ts";

const text = (body: string): TreeNode => ({ kind: "text", body });
const column = (...children: TreeNode[]): TreeNode => ({ kind: "block", block: "column", weight: 1, children });
const bodies = (nodes: TreeNode[]) => nodes.map((n) => (n.kind === "block" ? n.block : "body" in n ? n.body : n.kind));

function patched(...ops: PatchOp[]): Page {
  const page = emptyPage();
  expect(applyMessage(page, { type: "patch", runId: 1, ops })).toEqual([]);
  return page;
}

describe("patch ops", () => {
  it("set appends at a block's end and replaces in place", () => {
    const page = patched(
      { op: "set", path: [0, 0], node: text("a") },
      { op: "set", path: [0, 1], node: text("b") },
      { op: "set", path: [0, 0], node: text("A") },
      { op: "set", path: [1, 0], node: text("side") },
    );
    expect(bodies(page.roots[0]!.children)).toEqual(["A", "b"]);
    expect(bodies(page.roots[1]!.children)).toEqual(["side"]);
  });

  it("set reaches into nested blocks", () => {
    const page = patched(
      { op: "set", path: [0, 0], node: { kind: "block", block: "horizontal", children: [column(), column(text("x"))] } },
      { op: "set", path: [0, 0, 0, 0], node: text("left") },
      { op: "set", path: [0, 0, 1, 0], node: text("right") },
    );
    const row = page.roots[0]!.children[0]!;
    expect(row.kind === "block" && row.children.map((c) => (c.kind === "block" ? bodies(c.children) : []))).toEqual([
      ["left"],
      ["right"],
    ]);
  });

  it("trim keeps a block's first children, and is a no-op past its end", () => {
    const page = patched(
      { op: "set", path: [0, 0], node: text("a") },
      { op: "set", path: [0, 1], node: text("b") },
      { op: "set", path: [0, 2], node: text("c") },
      { op: "trim", path: [0], length: 1 },
      { op: "trim", path: [0], length: 5 },
    );
    expect(bodies(page.roots[0]!.children)).toEqual(["a"]);
  });

  it("rejects ops that do not fit, and still applies the rest of the patch", () => {
    const page = emptyPage();
    const problems = applyMessage(page, {
      type: "patch",
      runId: 3,
      ops: [
        { op: "set", path: [0, 1], node: text("gap") },
        { op: "set", path: [0, 0], node: text("a") },
        { op: "set", path: [0, 0, 0], node: text("into a text") },
        { op: "set", path: [7, 0], node: text("no root") },
        { op: "set", path: [0], node: text("a root") },
        { op: "fresh", path: [0, 4], count: 1 },
      ],
    });
    expect(bodies(page.roots[0]!.children)).toEqual(["a"]);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/set at 0\.1 leaves a gap/);
    expect(problems[2]).toMatch(/no root 7/);
    expect(() => applyOp(page, { op: "trim", path: [0, 0], length: 0 })).toThrow(PatchError);
  });
});

describe("run state and staleness", () => {
  function twoRuns(): Page {
    const page = patched(
      { op: "set", path: [0, 0], node: text("a") },
      { op: "set", path: [0, 1], node: { kind: "block", block: "fragment", children: [text("f0"), text("f1")] } },
      { op: "set", path: [0, 2], node: text("c") },
      { op: "set", path: [1, 0], node: text("side") },
    );
    return page;
  }

  it("nothing is stale when no run is running", () => {
    const page = twoRuns();
    expect(isStale(page, [0], 0)).toBe(false);
    expect(isStale(page, [0, 1], 1)).toBe(false);
  });

  it("a full run makes everything at or past each block's fresh count stale", () => {
    const page = twoRuns();
    applyMessage(page, { type: "runStarted", runId: 2, scope: [] });
    expect(page.run).toMatchObject({ status: "running", runId: 2, scope: [] });
    expect(isStale(page, [0], 0)).toBe(true);
    expect(isStale(page, [1], 0)).toBe(true);

    applyMessage(page, { type: "patch", runId: 2, ops: [{ op: "fresh", path: [0], count: 2 }, { op: "fresh", path: [0, 1], count: 1 }] });
    expect(isStale(page, [0], 0)).toBe(false);
    expect(isStale(page, [0], 1)).toBe(false);
    expect(isStale(page, [0], 2)).toBe(true);
    expect(isStale(page, [0, 1], 0)).toBe(false);
    expect(isStale(page, [0, 1], 1)).toBe(true);
    expect(isStale(page, [1], 0)).toBe(true);

    applyMessage(page, { type: "runFinished", runId: 2, outcome: "completed" });
    expect(page.run).toEqual({ status: "idle", lastOutcome: "completed" });
    expect(isStale(page, [0], 2)).toBe(false);
    expect(isStale(page, [1], 0)).toBe(false);
  });

  it("a fragment rerun only makes elements inside its block stale", () => {
    const page = twoRuns();
    applyMessage(page, { type: "runStarted", runId: 2, scope: [0, 1] });
    expect(isStale(page, [0], 0)).toBe(false);
    expect(isStale(page, [0], 2)).toBe(false);
    expect(isStale(page, [1], 0)).toBe(false);
    expect(isStale(page, [0, 1], 0)).toBe(true);
    applyMessage(page, { type: "patch", runId: 2, ops: [{ op: "fresh", path: [0, 1], count: 1 }] });
    expect(isStale(page, [0, 1], 0)).toBe(false);
    expect(isStale(page, [0, 1], 1)).toBe(true);
  });

  it("fresh counts of one run do not carry into the next", () => {
    const page = twoRuns();
    applyMessage(page, { type: "runStarted", runId: 2, scope: [] });
    applyMessage(page, { type: "patch", runId: 2, ops: [{ op: "fresh", path: [0], count: 3 }] });
    applyMessage(page, { type: "runFinished", runId: 2, outcome: "rerun" });
    applyMessage(page, { type: "runStarted", runId: 3, scope: [] });
    expect(isStale(page, [0], 0)).toBe(true);
    expect(page.run.lastOutcome).toBe("rerun");
  });
});

describe("a widget's shown value", () => {
  it("keeps the user's value while editing or in flight, then shows the server's", () => {
    expect(shownValue(null, 3, 0)).toBe(3);
    expect(shownValue({ value: 5, sentAt: null }, 3, 9)).toBe(5);
    // Sent when one run had started: the end of that run does not answer the event...
    expect(shownValue({ value: 5, sentAt: 1 }, 3, 1)).toBe(5);
    // ...the end of a later one does, whatever the server decided.
    expect(shownValue({ value: 5, sentAt: 1 }, 3, 2)).toBe(3);
  });
});

describe("the whole page from the session", () => {
  it("replaces the tree and takes up the run in progress with its fresh marks", () => {
    const page = emptyPage();
    applyMessage(page, { type: "patch", runId: 1, ops: [{ op: "set", path: [0, 0], node: { kind: "text", body: "old" } }] });
    applyMessage(page, {
      type: "page",
      roots: [
        { kind: "block", block: "vertical", children: [{ kind: "text", body: "new" }, { kind: "text", body: "stale" }] },
        { kind: "block", block: "vertical", children: [] },
      ],
      run: { runId: 9, scope: [], fresh: [{ path: [0], count: 1 }] },
      query: "",
      navigation: null,
    });
    expect(page.roots[0]!.children).toEqual([{ kind: "text", body: "new" }, { kind: "text", body: "stale" }]);
    expect(page.run).toMatchObject({ status: "running", runId: 9 });
    expect(isStale(page, [0], 0)).toBe(false);
    expect(isStale(page, [0], 1)).toBe(true);
    applyMessage(page, { type: "page", roots: [page.roots[0]!, page.roots[1]!], run: null, query: "", navigation: null });
    expect(page.run.status).toBe("idle");
    expect(page.runsFinished).toBe(page.runsStarted);
  });
});
