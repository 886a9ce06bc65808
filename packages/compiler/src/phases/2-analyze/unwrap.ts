// TypeScript-only wrappers (`x as T`, `x!`, `x satisfies T`) do not change what an
// expression refers to; look through them.
import type * as t from "@babel/types";

type Wrapper = t.TSAsExpression | t.TSSatisfiesExpression | t.TSNonNullExpression | t.TSTypeAssertion | t.ParenthesizedExpression;

export function isWrapper(node: t.Node): node is Wrapper {
  return (
    node.type === "TSAsExpression" ||
    node.type === "TSSatisfiesExpression" ||
    node.type === "TSNonNullExpression" ||
    node.type === "TSTypeAssertion" ||
    node.type === "ParenthesizedExpression"
  );
}

export function unwrap(node: t.Node): t.Node {
  let n = node;
  while (isWrapper(n)) n = n.expression;
  return n;
}

/** The name of a non-computed (or string-literal computed) property key. */
export function propertyName(key: t.Node, computed: boolean): string | null {
  if (!computed && key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral") return key.value;
  return null;
}

/** A string literal value, or a template literal without expressions. */
export function staticString(node: t.Node): string | null {
  const n = unwrap(node);
  if (n.type === "StringLiteral") return n.value;
  if (n.type === "TemplateLiteral" && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? null;
  return null;
}
