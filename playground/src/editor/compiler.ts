// The compiler's worker, seen from the editor page: the latest edit's compile, its diagnostics
// and its code; a reply for a text that has been edited since is dropped.
import type { CompileReply, CompileRequest } from "../messages.ts";

export class Compiler {
  readonly #worker = new Worker(new URL("./compiler.worker.ts", import.meta.url), { type: "module" });
  #asked = 0;

  constructor(replied: (reply: CompileReply) => void) {
    this.#worker.onmessage = (event: MessageEvent<CompileReply>) => {
      if (event.data.id === this.#asked) replied(event.data);
    };
  }

  compile(source: string): void {
    const request: CompileRequest = { id: ++this.#asked, source };
    this.#worker.postMessage(request);
  }
}
