// Informs about `st.stop()` or `st.rerun()` inside a `try` whose `catch` catches everything (it
// never rethrows): in Streamlit a bare `except:` swallows them and the stop or rerun silently
// does not happen. Rivulet's control signals pass through every catch, so the code works; the
// note says so, for readers coming from Streamlit.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import { catchesAround } from "../catches.ts";
import type { CheckContext } from "./context.ts";

export function controlSignalInTry(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (!onNamespace(call) || (call.method !== "stop" && call.method !== "rerun")) continue;
    const handler = swallowingCatch(call.path);
    if (handler) {
      const line = String(ctx.span(handler.node).start.line);
      ctx.report(d.control_signal_in_try(ctx.span(call.path.node), { method: call.method, line }));
    }
  }
}

/** The innermost catch, in the same function, that would catch the call and never rethrows. */
function swallowingCatch(call: NodePath): NodePath<t.CatchClause> | null {
  return catchesAround(call).find((handler) => !throws(handler)) ?? null;
}

function throws(handler: NodePath<t.CatchClause>): boolean {
  let found = false;
  handler.traverse({
    Function(p) {
      p.skip();
    },
    ThrowStatement(p) {
      found = true;
      p.stop();
    },
  });
  return found;
}
