// The session's side of binary frames, as a host sees it: a frame precedes the patch that first
// names its data; a page that came back gets every frame again before the whole page; data no
// node names is released, and the page model drops it too.
import { describe, expect, it } from "vitest";
import { Session, applyDataFrame, applyMessage, emptyPage, missingData, parseServerMessage, type ServerMessage } from "@rivulet/runtime";
import { loadScript } from "rivulet/node";

type Sent = { json: ServerMessage } | { frame: Uint8Array };

async function open(source: string) {
  const loaded = await loadScript(`import * as st from "rivulet";\n${source}`, "frames-test.ts");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const sent: Sent[] = [];
  const session = new Session({ script: loaded.script, send: (json) => sent.push({ json }), sendData: (frame) => sent.push({ frame: frame.slice() }) });
  return { session, sent };
}

/** What a page makes of what was sent: frames and messages applied in order. */
function pageOf(sent: Sent[]) {
  const page = emptyPage();
  for (const item of sent) {
    if ("frame" in item) expect(applyDataFrame(page, item.frame)).toBeNull();
    else {
      const parsed = parseServerMessage(JSON.stringify(item.json));
      if (!parsed.ok) throw new Error(parsed.error);
      applyMessage(page, parsed.message);
    }
  }
  return page;
}

describe("binary frames", () => {
  it("sends a frame before the patch that names its data", async () => {
    const { session, sent } = await open(`st.dataframe([{ a: 1 }]);`);
    session.start();
    await session.idle();
    const frame = sent.findIndex((s) => "frame" in s);
    const patch = sent.findIndex((s) => "json" in s && s.json.type === "patch");
    expect(frame).toBeGreaterThan(-1);
    expect(frame).toBeLessThan(patch);
    expect(missingData(pageOf(sent))).toEqual([]);
  });

  it("sends every frame again to a page that came back, before the whole page", async () => {
    const { session, sent } = await open(`st.dataframe([{ a: 1 }]); st.table([2]);`);
    session.start();
    await session.idle();
    sent.length = 0;
    session.resync();
    expect(sent.map((s) => ("frame" in s ? "frame" : s.json.type))).toEqual(["frame", "frame", "page"]);
    const page = pageOf(sent);
    expect(missingData(page)).toEqual([]);
    expect(Object.keys(page.data)).toHaveLength(2);
  });

  it("releases data no node names, and the page drops it", async () => {
    const { session, sent } = await open(`
      const n = (st.sessionState.n = (st.sessionState.n ?? 0) + 1);
      st.dataframe({ n: [n] });
      st.button("again");
    `);
    session.start();
    await session.idle();
    session.receive(JSON.stringify({ type: "rerun" }));
    await session.idle();
    const released = sent.flatMap((s) => ("json" in s && s.json.type === "dataReleased" ? s.json.ids : []));
    expect(released).toHaveLength(1);
    const page = pageOf(sent);
    expect(Object.keys(page.data)).toHaveLength(1);
    expect(session.data.size).toBe(1);
  });

  it("refuses a malformed frame, and keeps nothing of it", () => {
    const page = emptyPage();
    expect(applyDataFrame(page, new Uint8Array([1, 2]))).toMatch(/shorter than its header/);
    expect(applyDataFrame(page, new Uint8Array([255, 0, 0, 0, 1]))).toMatch(/runs past its end/);
    const header = new TextEncoder().encode('{"type":"nope"}');
    const frame = new Uint8Array(4 + header.length);
    new DataView(frame.buffer).setUint32(0, header.length, true);
    frame.set(header, 4);
    expect(applyDataFrame(page, frame)).toMatch(/not \{ type: "data", id \}/);
    expect(page.data).toEqual({});
  });
});
