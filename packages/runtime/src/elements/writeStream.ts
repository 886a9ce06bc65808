// st.write_stream: writes a stream of text as it arrives, as one Markdown element with a cursor
// at its end while more is coming (each chunk reaches the page as it comes, like the script's own
// awaits), then returns the whole text. Chunks that are not text are written with st.write, and
// functions are called, between texts. Takes what Streamlit does: an iterable or async iterable
// (a generator), a function returning one, and OpenAI's chat completion chunks.

import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, setCurrent, takeSite } from "../session/context.ts";
import { containerOf, type Place } from "../api/container.ts";
import { checkNode } from "../api/elements/nodeCheck.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineApi } from "./define.ts";
import { write } from "./write.ts";

export type StreamSource = Iterable<unknown> | AsyncIterable<unknown> | (() => Iterable<unknown> | AsyncIterable<unknown>);

/** The cursor Streamlit shows at the end of text still coming. */
const CURSOR = "▕";

export async function writeStream(this: unknown, stream: StreamSource): Promise<string | unknown[]> {
  takeSite();
  const exec = currentExecution("writeStream");
  const target = containerOf(this);
  const source = sourceOf(typeof stream === "function" ? stream() : stream);
  const recorded: unknown[] = [];
  let text = "";
  let place: Place | null = null;
  const show = (body: string) => {
    const node = { kind: "markdown" as const, body: cleanText(body) };
    checkNode("writeStream", node);
    const where = place ?? target.place(exec);
    place = { block: where.block, at: exec.writer.writeElement(where.block, node, where.at) };
  };
  const flush = () => {
    if (text !== "") {
      show(text);
      recorded.push(text);
    }
    text = "";
    place = null;
  };
  // Each step of the stream is an await: back here, the run is made current again where it was
  // when st.writeStream was called (a nested st.write, a callable chunk, write there).
  const frame = exec.snapshot();
  const reenter = () => {
    setCurrent(exec);
    exec.restore(frame);
  };
  for await (const item of exec.session.iterateInRun(exec.generation, source)) {
    reenter();
    const chunk = textOf(item);
    if (typeof chunk === "string") {
      if (chunk === "") continue;
      text += chunk;
      show(text + CURSOR);
    } else if (typeof chunk === "function") {
      flush();
      (chunk as () => unknown)();
    } else {
      flush();
      write.call(target, chunk);
      recorded.push(chunk);
    }
  }
  reenter();
  flush();
  if (recorded.length === 0) return "";
  return recorded.length === 1 && typeof recorded[0] === "string" ? recorded[0] : recorded;
}

function sourceOf(stream: unknown): Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof stream === "string") {
    throw invalidOption("writeStream", "stream", "a generator or another iterable (st.write writes a string)", stream);
  }
  const iterable = stream as Partial<Iterable<unknown> & AsyncIterable<unknown>> | null;
  if (iterable === null || typeof iterable !== "object" || (typeof iterable[Symbol.iterator] !== "function" && typeof iterable[Symbol.asyncIterator] !== "function")) {
    throw invalidOption("writeStream", "stream", "a generator, a generator function or another iterable", stream);
  }
  return iterable as Iterable<unknown> | AsyncIterable<unknown>;
}

/** The text of an OpenAI chat completion chunk (`choices[0].delta.content`), or the item itself. */
function textOf(item: unknown): unknown {
  if (typeof item !== "object" || item === null || !("choices" in item) || !Array.isArray(item.choices)) return item;
  const delta = (item.choices[0] as { delta?: { content?: unknown } } | undefined)?.delta;
  return typeof delta?.content === "string" ? delta.content : "";
}

export default defineApi({
  api: { writeStream },
  containerMethods: true,
  writesData: true,
  section: "Chat",
  docs: [
    {
      calls: ["st.writeStream(stream)"],
      streamlit: ["st.write_stream"],
      notes: "an iterable, async iterable or generator of text (or OpenAI chunks), shown as it arrives; returns the whole text",
      example: 'async function* reply() {\n  for (const word of ["Streaming ", "as ", "it ", "comes."]) yield word;\n}\nconst text = await st.writeStream(reply);',
    },
  ],
});
