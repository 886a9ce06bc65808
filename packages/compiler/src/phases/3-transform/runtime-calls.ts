// Builders for the code the compiler emits against the RunHandle `$rt`
// (packages/runtime/src/internal.ts): these are the only members it uses.
import * as t from "@babel/types";

export const RUN_HANDLE = "$rt";
/** In a library module: the function its functions take their run's handle from. */
export const ENTER_RUN = "$rtOf";
/** In an entry with a `pages/` folder: the runtime's `folderNavigation`. */
export const FOLDER_NAVIGATION = "$rtFolder";
/** Where a library module imports its handles from (`runHandle`, `ambientHandle`), and an entry `folderNavigation`. */
export const INTERNAL_MODULE = "rivulet/internal";

function rtMember(name: string): t.MemberExpression {
  return t.memberExpression(t.identifier(RUN_HANDLE), t.identifier(name));
}

/** `$rt.call(site, target, method, ...args)` */
export function rtCall(site: string, target: t.Expression, method: t.Expression, args: t.CallExpression["arguments"]): t.CallExpression {
  return t.callExpression(rtMember("call"), [t.stringLiteral(site), target, method, ...args]);
}

/** `if ($rt.halt[0] !== 0) $rt.checkpoint();` */
export function checkpoint(): t.IfStatement {
  const halted = t.binaryExpression("!==", t.memberExpression(rtMember("halt"), t.numericLiteral(0), true), t.numericLiteral(0));
  return t.ifStatement(halted, t.expressionStatement(t.callExpression(rtMember("checkpoint"), [])));
}

/** `$rt.rethrow(e);` */
export function rethrow(error: t.Identifier): t.ExpressionStatement {
  return t.expressionStatement(t.callExpression(rtMember("rethrow"), [t.cloneNode(error)]));
}

/** `$rt.thrown(x)`, the operand of a throw */
export function thrown(operand: t.Expression): t.CallExpression {
  return t.callExpression(rtMember("thrown"), [operand]);
}

/** `$rt.pause(x)`, the operand of an await */
export function pause(operand: t.Expression): t.CallExpression {
  return t.callExpression(rtMember("pause"), [operand]);
}

/** `$rt.resume(await x)` */
export function resume(awaited: t.AwaitExpression): t.CallExpression {
  return t.callExpression(rtMember("resume"), [awaited]);
}

/** `$rt.iterate(it)`, the iterable of a `for await` */
export function iterate(iterable: t.Expression): t.CallExpression {
  return t.callExpression(rtMember("iterate"), [iterable]);
}

/** `$rt.sessionState`, `$rt.queryParams`: st members bound to the run's own session */
export function sessionBound(member: string): t.MemberExpression {
  return rtMember(member);
}

/** Gives a generated node the source location of the node it stands for (for source maps). */
export function at<N extends t.Node>(node: N, original: t.Node): N {
  node.loc = original.loc;
  node.start = original.start;
  node.end = original.end;
  return node;
}

/** `$rt.call(site, undefined, $rt.write, ...values)`: magic's st.write, through the RunHandle */
export function magicWrite(site: string, values: t.Expression[]): t.CallExpression {
  return rtCall(site, t.identifier("undefined"), rtMember("write"), values);
}
