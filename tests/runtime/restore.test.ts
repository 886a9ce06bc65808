// A session started again from its snapshot (its thread was lost) takes the clicks its page sent
// while it moved: they wait for its first run, which writes the widgets they are for.
import { expect, it } from "vitest";
import { Session, type ServerMessage } from "@rivulet/runtime";
import { loadScript } from "rivulet/node";

const APP = `import * as st from "rivulet";
st.sessionState.count ??= 0;
if (st.button("add")) st.sessionState.count++;
st.text("count " + st.sessionState.count);
`;

it("keeps a click sent before the restored session's first run, and runs it after", async () => {
  const loaded = await loadScript(APP, "restore-test.ts");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const sent: ServerMessage[] = [];
  const first = new Session({ script: loaded.script, send: (m) => sent.push(m), sendData: () => {} });
  first.start();
  await first.idle();
  const button = sent.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "button" ? [op.node.id] : []))[0]!;
  first.receive(JSON.stringify({ type: "trigger", id: button }));
  await first.idle();
  const snapshot = first.snapshot();
  if (!snapshot.ok) throw new Error(snapshot.why);

  const moved: ServerMessage[] = [];
  const second = new Session({ script: loaded.script, send: (m) => moved.push(m), sendData: () => {}, restore: snapshot.snapshot });
  second.start();
  second.receive(JSON.stringify({ type: "trigger", id: button }));
  await second.idle();
  const texts = moved.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "text" ? [op.node.body] : []));
  expect(moved.filter((m) => m.type === "error")).toEqual([]);
  expect(texts.at(-1)).toBe("count 2");
});

it("still refuses a widget no run of the restored session writes", async () => {
  const loaded = await loadScript(APP, "restore-test.ts");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const moved: ServerMessage[] = [];
  const session = new Session({ script: loaded.script, send: (m) => moved.push(m), sendData: () => {}, restore: { state: [], widgets: [], query: "" } });
  session.start();
  session.receive(JSON.stringify({ type: "trigger", id: "nope" }));
  await session.idle();
  expect(moved.filter((m) => m.type === "error").map((m) => (m.type === "error" ? m.message : ""))).toEqual(['No widget with id "nope" in this session.']);
});
