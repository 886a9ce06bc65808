// A session busy in a loop with no st call can be halted, and other sessions on the same thread
// served, from the loop's checkpoints: what a Worker host does when messages arrive.
import { describe, expect, it } from "vitest";
import { Session, type Attention, type RunOutcome, type ServerMessage } from "@rivulet/runtime";
import { loadScript } from "rivulet/node";

async function open(source: string, attention: Attention) {
  const loaded = await loadScript(source, "attention-test.ts");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const sent: ServerMessage[] = [];
  const outcomes: RunOutcome[] = [];
  const session = new Session({
    script: loaded.script,
    attention,
    send: (m) => sent.push(m),
    sendData: () => {},
    onRunFinished: (o) => outcomes.push(o),
  });
  return { session, sent, outcomes };
}

const texts = (sent: ServerMessage[]) =>
  sent.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "text" ? [op.node.body] : []));

describe("attention", () => {
  it("serves another session and halts the busy one from inside a loop with no st call", async () => {
    const inbox: (() => void)[] = [];
    const flag = new Int32Array(1);
    const attention: Attention = {
      flag,
      attend() {
        flag[0] = 0;
        for (const deliver of inbox.splice(0)) deliver();
      },
    };
    const busy = await open(
      `
      import * as st from "rivulet";
      st.text("run " + (st.sessionState.runs = (st.sessionState.runs ?? 0) + 1));
      if (st.sessionState.runs === 1) {
        let spins = 0;
        while (true) {
          spins++;
          if (spins === 1000) st.sessionState.arrive();
        }
      }
      st.text("calm");
    `,
      attention,
    );
    const other = await open(`import * as st from "rivulet";\nst.text("other " + st.slider("n", { value: 1 }));`, attention);
    other.session.start();
    await other.session.idle();
    const sliderId = other.sent.flatMap((m) => (m.type === "patch" ? m.ops : [])).find((op) => op.op === "set" && op.node.kind === "slider");
    const id = (sliderId as { node: { id: string } }).node.id;

    // Messages "arrive" while the busy session spins: the loop calls this at its 1000th turn.
    busy.session.state.set("arrive", () => {
      inbox.push(() => {
        other.session.receive(JSON.stringify({ type: "setValue", id, value: 7 }));
        other.session.drainNow();
      });
      inbox.push(() => busy.session.receive(JSON.stringify({ type: "rerun" })));
      flag[0] = 1;
    });
    busy.session.start();
    await busy.session.idle();

    expect(texts(other.sent)).toEqual(["other 1", "other 7"]);
    expect(busy.outcomes).toEqual(["interrupted", "completed"]);
    // What the interrupted run wrote was held back and replaced by the next run's: never shown.
    expect(texts(busy.sent)).toEqual(["run 2", "calm"]);
    const interruptedAt = busy.sent.findIndex((m) => m.type === "runFinished" && m.outcome === "interrupted");
    expect(busy.sent.slice(0, interruptedAt).some((m) => m.type === "patch")).toBe(false);
  });

  it("runs a synchronous script to its end in the same turn", async () => {
    const { session, outcomes } = await open(`import * as st from "rivulet";\nst.text("now");`, {
      flag: new Int32Array(1),
      attend() {},
    });
    session.start();
    session.drainNow();
    expect(outcomes).toEqual(["completed"]);
  });
});

describe("a burst of events", () => {
  it("becomes one run with the newest values", async () => {
    const { session, sent, outcomes } = await open(
      `import * as st from "rivulet";\nst.text("level " + st.slider("level", { value: 1 }));`,
      { flag: new Int32Array(1), attend() {} },
    );
    session.start();
    await session.idle();
    const slider = sent.flatMap((m) => (m.type === "patch" ? m.ops : [])).find((op) => op.op === "set" && op.node.kind === "slider");
    const id = (slider as { node: { id: string } }).node.id;
    for (const value of [2, 3, 4, 5]) session.receive(JSON.stringify({ type: "setValue", id, value }));
    await session.idle();
    expect(outcomes).toEqual(["completed", "completed"]);
    expect(texts(sent)).toEqual(["level 1", "level 5"]);
  });
});
