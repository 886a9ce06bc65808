// st.echo: Streamlit's `with st.echo():`. Runs `body` and shows its source as a code block
// (TypeScript, as st.code shows it) above the output (the default: a placeholder written first,
// filled once the body has run, as Streamlit fills it) or below it. The source is the body's
// text, which only the compiler has: it passes it as an argument of its own (see
// packages/compiler: echo-sources.ts). Returns what `body` returns (a promise when it is
// async: await it).

import { currentExecution, takeSite } from "../session/context.ts";
import { checkNode } from "../api/elements/nodeCheck.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineApi } from "./define.ts";

export interface EchoOptions {
  /** Whether the code is shown before ("above", the default) or after what the body writes. */
  codeLocation?: "above" | "below";
}

export function echo<T>(this: unknown, body: () => T, options?: EchoOptions): T;
export function echo<T>(this: unknown, body: () => T, options: EchoOptions = {}, source?: unknown): T {
  if (typeof body !== "function") throw invalidOption("echo", "body", "a function to show and run: st.echo(() => { … })", body);
  if (typeof source !== "string") {
    throw new RivuletAPIError("echo_without_source");
  }
  takeSite();
  const exec = currentExecution("echo");
  const block = exec.container;
  // Above: the code's place is taken now, so that it shows before what the body writes.
  const place = options.codeLocation === "below" ? block : exec.writer.writeBlock(block, { block: "empty" }, false);
  const node = { kind: "code" as const, body: source, language: "typescript" };
  checkNode("echo", node);
  // A body that raises shows no code, as in Streamlit.
  const result = body();
  return exec.afterSettled(result, () => exec.writer.writeElement(place, node));
}

export default defineApi({
  api: { echo },
  containerMethods: false,
  section: "Text",
  docs: [
    {
      calls: ["st.echo(body, { codeLocation })"],
      streamlit: ["st.echo"],
      notes: 'Streamlit\'s `with st.echo():`; shows `body`\'s source (the compiler passes it) "above" or "below" what it writes; returns what `body` returns',
      example: 'st.echo(() => {\n  const total = 6 * 7;\n  st.write("Total:", total);\n}, { codeLocation: "below" });',
    },
  ],
});
