// Values the compiler can be sure of: literals as written (`5`, `-1`, `"a"`, `true`, `null`),
// and array literals of them. Checks of arguments use them and nothing else, so that they never
// report what a run might not raise: a false error blocks a build. (Nor do they report a call in
// a `try` whose catch takes the error: ../catches.ts.)
import type * as t from "@babel/types";
import { staticString, unwrap } from "./unwrap.ts";

export type Primitive = string | number | boolean | null;

/** A number literal, signed (`-1`), else null. */
export function numberLiteral(node: t.Node): number | null {
  const n = unwrap(node);
  if (n.type === "NumericLiteral") return n.value;
  if (n.type === "UnaryExpression" && (n.operator === "-" || n.operator === "+")) {
    const v = numberLiteral(n.argument);
    return v === null ? null : n.operator === "-" ? -v : v;
  }
  return null;
}

/** A string, number, boolean or null literal (in a box, since null is one), else undefined. */
export function primitiveLiteral(node: t.Node): { value: Primitive } | undefined {
  const n = unwrap(node);
  if (n.type === "BooleanLiteral") return { value: n.value };
  if (n.type === "NullLiteral") return { value: null };
  const number = numberLiteral(n);
  if (number !== null) return { value: number };
  const string = staticString(n);
  return string === null ? undefined : { value: string };
}

/** The elements of an array literal with no spread and no hole, else null. */
export function arrayLiteral(node: t.Node): t.Expression[] | null {
  const n = unwrap(node);
  if (n.type !== "ArrayExpression") return null;
  const elements: t.Expression[] = [];
  for (const element of n.elements) {
    if (element === null || element.type === "SpreadElement") return null;
    elements.push(element);
  }
  return elements;
}

/** An array literal of primitive literals only, else null. */
export function primitiveArray(node: t.Node): Primitive[] | null {
  const elements = arrayLiteral(node);
  if (elements === null) return null;
  const values: Primitive[] = [];
  for (const element of elements) {
    const literal = primitiveLiteral(element);
    if (literal === undefined) return null;
    values.push(literal.value);
  }
  return values;
}

/** How a run's error shows a value: strings as they are, other values as JSON. */
export function shown(value: Primitive): string {
  return typeof value === "string" ? value : String(value);
}
