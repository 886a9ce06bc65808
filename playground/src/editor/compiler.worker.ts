// The compiler, in a worker of its own: the editor page asks for a compile on every edit and
// underlines what comes back; a script that compiles goes on to the app.
import { compile } from "@rivulet/compiler";
import { compileOptions } from "../compileOptions.ts";
import type { CompileReply, CompileRequest } from "../messages.ts";

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  const { id, source } = event.data;
  const result = compile(source, compileOptions);
  const failed = result.code === null || result.diagnostics.some((d) => d.severity === "error");
  const script = failed || result.code === null ? null : { code: result.code, map: result.map };
  const reply: CompileReply = { id, script, diagnostics: result.diagnostics };
  self.postMessage(reply);
};
