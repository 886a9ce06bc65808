// Where an st call writes, as far as the file shows: into a container an st call created
// (`f.slider()` with `const f = st.form("k")`, or `st.slider()` inside `f.with(() => ...)`), into
// the sidebar, into the main area (top-level code), or somewhere unknown (code in a function
// writes wherever the function is called from). Containers nest: `enclosure` walks outwards.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { invariant } from "../../utils/invariant.ts";
import type { Analysis, StCall, Target } from "./analysis.ts";

export type Place = { kind: "container"; creator: StCall } | { kind: "sidebar" } | { kind: "main" } | { kind: "unknown" };

export type PlacementFacts = Pick<Analysis, "calls" | "withBodies">;

export function placeOf(call: StCall, facts: PlacementFacts): Place {
  return placeOfTarget(call.target, call.path, facts);
}

/** The containers around an st call, innermost first, and where the outermost one is. */
export function enclosure(call: StCall, facts: PlacementFacts): { containers: StCall[]; root: "main" | "sidebar" | "unknown" } {
  const containers: StCall[] = [];
  let place = placeOf(call, facts);
  while (place.kind === "container") {
    // A function that is the block-form body of a container it creates itself recurses.
    if (containers.includes(place.creator)) return { containers, root: "unknown" };
    containers.push(place.creator);
    place = placeOf(place.creator, facts);
  }
  return { containers, root: place.kind };
}

/** The innermost form around an st call (the `st.form(...)` call), if the file shows one. */
export function formAround(call: StCall, facts: PlacementFacts): StCall | null {
  return enclosure(call, facts).containers.find((c) => c.method === "form") ?? null;
}

function placeOfTarget(target: Target, at: NodePath, facts: PlacementFacts): Place {
  if (target.kind === "sidebar") return { kind: "sidebar" };
  if (target.kind === "created") {
    const creator = facts.calls.get(target.by);
    invariant(creator, "a container's creating call is an st call");
    return { kind: "container", creator };
  }
  // On the namespace: the current container at `at`.
  const fn = at.getFunctionParent();
  if (!fn) return { kind: "main" };
  const withCall = facts.withBodies.get(fn.node as t.Function);
  return withCall ? placeOfTarget(withCall.target, withCall.path, facts) : { kind: "unknown" };
}
