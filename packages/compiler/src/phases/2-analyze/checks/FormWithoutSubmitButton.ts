// Rejects a form with no submit button: it can never be submitted, and Streamlit shows a
// "Missing Submit Button" error in it. Reported only when the file shows all of the form: the
// form is a constant binding, it and every container in it are only used as targets of st calls,
// and nothing written into it calls code that could add the button unseen (an imported function,
// a parameter); calls of local functions are followed.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { usesAreVisible } from "../container-uses.ts";
import { resolveLocalFunction } from "../local-functions.ts";
import { literalKey } from "../options.ts";
import { enclosure } from "../placement.ts";
import { CONTAINER_ARRAY_METHODS, CONTAINER_METHODS, SUBMIT_BUTTONS } from "../st-api.ts";
import type { StCall } from "../analysis.ts";
import type { CheckContext } from "./context.ts";

export function formWithoutSubmitButton(ctx: CheckContext): void {
  const { calls, imports } = ctx.analysis;
  // The calls inside each container, from each call's containers: one pass, not one per form.
  const insideOf = new Map<StCall, StCall[]>();
  for (const call of calls.values()) {
    for (const container of enclosure(call, ctx.analysis).containers) {
      const inside = insideOf.get(container);
      if (inside === undefined) insideOf.set(container, [call]);
      else inside.push(call);
    }
  }
  for (const form of calls.values()) {
    if (form.method !== "form") continue;
    const declarator = form.path.parentPath;
    if (!declarator.isVariableDeclarator() || declarator.node.id.type !== "Identifier") continue;
    const inside = insideOf.get(form) ?? [];
    const containers = [form, ...inside.filter((c) => CONTAINER_METHODS.has(c.method) || CONTAINER_ARRAY_METHODS.has(c.method))];
    if (!containers.every((c) => usesAreVisible(c, calls))) continue;
    if (inside.some((c) => SUBMIT_BUTTONS.has(c.method))) continue;
    const bodies = inside.filter((c) => c.method === "with").map((c) => resolveLocalFunction(c.path.get("arguments")[0] as NodePath));
    if (bodies.some((fn) => fn === null || mayAddSubmitButton(fn, { calls, imports }))) continue;
    const key = form.path.node.arguments[0] ? literalKey(form.path.node.arguments[0]) : null;
    const name = key === null ? declarator.node.id.name : JSON.stringify(key);
    ctx.report(d.form_without_submit_button(ctx.span(form.path.node), { form: name }));
  }
}

type Facts = Pick<CheckContext["analysis"], "calls" | "imports">;

/**
 * Could running `body` write a submit button: one written in it or in a local function it calls
 * (followed with a worklist, not a recursion: a chain of thousands of helpers must not overflow
 * the stack), or a call of code that is not visible?
 */
function mayAddSubmitButton(body: NodePath<t.Function>, facts: Facts): boolean {
  const queued = new Set<t.Node>([body.node]);
  const pending = [body];
  for (let fn = pending.pop(); fn !== undefined; fn = pending.pop()) {
    let may = false;
    fn.traverse({
      CallExpression(call) {
        const st = facts.calls.get(call.node);
        const local = st ? null : resolveLocalFunction(call.get("callee") as NodePath);
        if (st) may = SUBMIT_BUTTONS.has(st.method);
        else if (local === null) may = !isPlainCall(call, facts);
        else if (!queued.has(local.node)) {
          queued.add(local.node);
          pending.push(local);
        }
        if (may) call.stop();
      },
    });
    if (may) return true;
  }
  return false;
}

/**
 * A call of code that cannot write st elements unseen: a global (`Math.max`, `String`), an st
 * call, or a method of a value that holds none of the script's code (`name.trim()`,
 * `rows.map(...)` on a list of literals: the functions passed to it are in the body, and
 * searched; `st.textInput("a").trim()`). A method of anything else (an instance, a factory's
 * object, `Object.freeze({...})`, an element of a list) may write the button: not plain.
 */
function isPlainCall(call: NodePath<t.CallExpression>, facts: Facts): boolean {
  const callee = call.node.callee;
  let root: t.Node = callee;
  while (root.type === "MemberExpression" || root.type === "CallExpression" || root.type === "TSNonNullExpression") {
    root = root.type === "MemberExpression" ? root.object : root.type === "CallExpression" ? root.callee : root.expression;
  }
  if (root.type !== "Identifier") return false;
  const binding = call.scope.getBinding(root.name);
  if (!binding) return true;
  if (root === callee) return false; // a local value called, not a local function
  if (facts.imports.namespaces.has(binding)) return true;
  if (!binding.constant || !binding.path.isVariableDeclarator()) return false;
  const init = binding.path.node.init;
  return methodChain(callee) && init != null && holdsNoCode(init, facts);
}

/**
 * `value.a()`, `value.a().b()`: methods called one on the result of the other, from the value
 * itself; no element or property read between (`value.all[0].add()` reaches other values).
 */
function methodChain(callee: t.Node): boolean {
  let node: t.Node = callee;
  for (;;) {
    if (node.type === "TSNonNullExpression") node = node.expression;
    if (node.type !== "MemberExpression" || node.computed) return false;
    const object = node.object.type === "TSNonNullExpression" ? node.object.expression : node.object;
    if (object.type === "Identifier") return true;
    if (object.type !== "CallExpression") return false;
    node = object.callee;
  }
}

/** A value with none of the script's functions in it: literals, lists of them, an st widget's value. */
function holdsNoCode(value: t.Node, facts: Facts): boolean {
  switch (value.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "TemplateLiteral":
      return true;
    case "ArrayExpression":
      return value.elements.every((element) => element !== null && holdsNoCode(element, facts));
    case "CallExpression": {
      const st = facts.calls.get(value);
      return st !== undefined && !CONTAINER_METHODS.has(st.method) && !CONTAINER_ARRAY_METHODS.has(st.method) && st.method !== "dialog" && st.method !== "fragment";
    }
    default:
      return false;
  }
}
