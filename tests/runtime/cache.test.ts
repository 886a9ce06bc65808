// st.cacheData and st.cacheResource through AppTest: keys by value, copies and shared objects,
// what a cached function writes written again on a hit, limits, clearing, async functions, and
// Streamlit's errors. Caches outlive sessions (as on a server), so each test starts cold.
import { beforeEach, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

beforeEach(() => AppTest.clearCaches());

const texts = (at: AppTest): string[] => at.text.map((t) => String(t.value));

describe("st.cacheData", () => {
  it("computes once per distinct arguments, by value, across runs and sessions", async () => {
    const app = `
      import * as st from "rivulet";
      globalThis.computed ??= [];
      const describe = st.cacheData((value: unknown, label: string) => {
        globalThis.computed.push(label);
        return label;
      });
      describe({ b: 2, a: [1, new Date(0)] }, "object");
      describe({ a: [1, new Date(0)], b: 2 }, "object again");
      describe(new Map([["x", 1], ["y", 2]]), "map");
      describe(new Map([["y", 2], ["x", 1]]), "map");
      describe(new Set([1, 2]), "set");
      describe(new Set([2, 1]), "set");
      describe(new Uint8Array([1, 2, 3]), "bytes");
      describe(new Uint8Array([1, 2, 4]), "bytes");
      describe("1", "string");
      describe(1, "string");
      st.button("again");
    `;
    (globalThis as { computed?: string[] }).computed = [];
    const at = await AppTest.fromString(app).run();
    // Keys differ by label too: equal values with the same label hit.
    expect((globalThis as { computed?: string[] }).computed).toEqual(["object", "object again", "map", "set", "bytes", "bytes", "string", "string"]);
    await at.button[0]!.click().run();
    const second = await AppTest.fromString(app).run();
    expect(second.outcomes).toEqual(["completed"]);
    expect((globalThis as { computed?: string[] }).computed).toHaveLength(8);
  });

  it("leaves out a parameter whose name starts with _ and hands every caller its own copy", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.calls ??= 0;
      const load = st.cacheData((n: number, _connection: { id: number }) => {
        st.sessionState.calls++;
        return { n, squares: [n * n] };
      });
      const first = load(3, { id: 1 });
      first.squares.push(-1);
      const second = load(3, { id: 2 });
      st.text(\`\${second.squares.join(",")} after \${st.sessionState.calls} call\`);
      st.text(String(first === second));
    `).run();
    expect(texts(at)).toEqual(["9 after 1 call", "false"]);
  });

  it("writes again on a hit what the function wrote, in the block it is called in", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const report = st.cacheData((name: string) => {
        st.subheader(name);
        const [left, right] = st.columns(2);
        left.text(name + " left");
        right.text(name + " right");
        st.sidebar.text(name + " in the sidebar");
        return name.length;
      });
      report("cold");
      const box = st.container();
      box.with(() => report("cold"));
      st.text("end");
    `).run();
    expect(at.exception).toHaveLength(0);
    expect(at.subheader.map((s) => s.value)).toEqual(["cold", "cold"]);
    expect(texts(at)).toEqual(["cold left", "cold right", "cold left", "cold right", "end", "cold in the sidebar", "cold in the sidebar"]);
    expect(at.sidebar.text.map((t) => t.value)).toEqual(["cold in the sidebar", "cold in the sidebar"]);
    expect(at.columns).toHaveLength(4);
  });

  it("refuses to write again into a container made outside the function (Streamlit's CacheReplayClosureError)", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const box = st.container();
      const load = st.cacheData(() => {
        // rivulet-ignore cache_replay_closure -- what the run raises is under test
        box.text("loaded");
        return 1;
      });
      load();
      load();
    `).run();
    expect(at.exception.map((e) => e.node.code)).toEqual(["cache_replay_closure"]);
    expect(at.exception[0]!.value).toContain("While running load");
  });

  it("shows Streamlit's cached-widget warning above a widget made while it computes", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const pick = st.cacheData(() => st.checkbox("inside"));
      pick();
      st.checkbox("outside");
    `).run();
    expect(at.warning.map((w) => w.value)).toEqual([expect.stringContaining("widget command in a cached function")]);
    expect(at.checkbox.map((c) => c.label)).toEqual(["inside", "outside"]);
  });

  it("ttl: an entry older than its time to live is computed again", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.calls ??= 0;
      const now = st.cacheData(() => ++st.sessionState.calls, { ttl: "40ms" });
      st.text("value " + now());
      st.button("again");
    `).run();
    expect(texts(at)).toEqual(["value 1"]);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["value 1"]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["value 2"]);
  });

  it("maxEntries keeps the most recently used entries", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      globalThis.squared ??= [];
      const square = st.cacheData((n: number) => { globalThis.squared.push(n); return n * n; }, { maxEntries: 2 });
      for (const n of st.sessionState.order ?? [1, 2, 1, 3, 1, 2]) square(n);
    `).run();
    // 1, 2 computed; 1 hit (now most recent); 3 evicts 2; 1 hit; 2 computed again (evicts 3).
    expect((globalThis as { squared?: number[] }).squared).toEqual([1, 2, 3, 2]);
    (globalThis as { squared?: number[] }).squared = [];
  });

  it("clear(), clear(...args) and st.cacheData.clear()", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      globalThis.made ??= [];
      const make = st.cacheData((n: number) => { globalThis.made.push(n); return n; });
      make(1);
      make(2);
      if (st.button("one")) make.clear(1);
      if (st.button("all of it")) make.clear();
      if (st.button("everything")) st.cacheData.clear();
    `).run();
    const made = (): number[] => (globalThis as { made?: number[] }).made!;
    expect(made()).toEqual([1, 2]);
    await at.button[0]!.click().run();
    await at.button[0]!.click().run();
    // Cleared after this run's calls: the next run computes 1 again.
    expect(made()).toEqual([1, 2, 1]);
    await at.button[1]!.click().run();
    // make(1) computed (cleared by the click before), make(2) a hit, then both forgotten.
    expect(made()).toEqual([1, 2, 1, 1]);
    await at.button[2]!.click().run();
    expect(made()).toEqual([1, 2, 1, 1, 1, 2]);
    await at.run();
    expect(made()).toEqual([1, 2, 1, 1, 1, 2, 1, 2]);
    (globalThis as { made?: number[] }).made = [];
  });

  it("an async function: callers of one key share one computation, and a failure is not kept", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      globalThis.fetches ??= 0;
      const fetchRow = st.cacheData(async (id: number) => {
        globalThis.fetches++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (st.sessionState.fail) throw new Error("network down");
        return { id };
      });
      const [a, b] = await Promise.all([fetchRow(7), fetchRow(7)]);
      st.text(\`\${a.id} \${b.id} \${a === b} fetches \${globalThis.fetches}\`);
      const again = fetchRow(7);
      st.text(String(again instanceof Promise) + " " + (await again).id);
      if (st.button("fail")) {
        st.sessionState.fail = true;
        try {
          await fetchRow(8);
        } catch (error) {
          st.text("failed: " + (error as Error).message);
        }
        st.sessionState.fail = false;
        st.text("then " + (await fetchRow(8)).id + " fetches " + globalThis.fetches);
      }
    `).run();
    expect(at.exception.map((e) => e.value)).toEqual([]);
    expect(texts(at)).toEqual(["7 7 false fetches 1", "true 7"]);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["7 7 false fetches 1", "true 7", "failed: network down", "then 8 fetches 3"]);
    (globalThis as { fetches?: number }).fetches = 0;
  });

  it("a failure the caller catches does not fail the run; a computation a rerun interrupts is done by the next run", async () => {
    const caught = await AppTest.fromString(`
      import * as st from "rivulet";
      const load = st.cacheData(async (n: number) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new Error("offline " + n);
      });
      try {
        await load(1);
      } catch (error) {
        st.text("caught " + (error as Error).message);
      }
    `).run();
    expect(caught.outcomes).toEqual(["completed"]);
    expect(caught.exception).toEqual([]);
    expect(texts(caught)).toEqual(["caught offline 1"]);

    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const level = st.slider("level", { maxValue: 10 });
      const slow = st.cacheData(async (n: number) => {
        await new Promise((resolve) => setTimeout(resolve, 60));
        return n * 10;
      });
      st.text("value " + (await slow(1)) + " at " + level);
    `).run();
    AppTest.clearCaches();
    const first = at.slider[0]!.setValue(2).run();
    await at.waitFor((t) => t.messages.some((m) => m.type === "runStarted"));
    // A newer value interrupts the run computing; the next run joins the computation, which the
    // halt ended: it computes again itself rather than end with the other run's halt.
    await at.slider[0]!.setValue(3).run();
    await first;
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["value 10 at 3"]);
  });

  it("keys a class instance without fields by what it stands for, and refuses one whose state is hidden", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const host = st.cacheData((url: URL) => url.host);
      st.text(host(new URL("https://a.example/")) + " " + host(new URL("https://b.example/")));
      st.text(String(st.cacheData((e: Error) => e.message)(new Error("one"))) + " " + String(st.cacheData((e: Error) => e.message)(new Error("two"))));
      class Token { #secret = Math.random(); }
      try {
        st.cacheData((t: Token) => 1)(new Token());
      } catch (error) {
        st.text((error as Error).message.split(".")[0]!);
      }
    `).run();
    expect(texts(at)).toEqual(["a.example b.example", "one two", "Cannot hash argument 't' (of type Token) in 'function'"]);
  });

  it("hashFuncs: a class's values are keyed by what the function gives for them", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      class Connection { constructor(readonly url: string, readonly opened = Math.random()) {} }
      st.sessionState.calls ??= 0;
      const byUrl = st.cacheData((conn: Connection) => { st.sessionState.calls++; return conn.url; }, { hashFuncs: new Map([[Connection, (c: Connection) => c.url]]) });
      const byName = st.cacheData((conn: Connection) => { st.sessionState.calls++; return conn.url; }, { hashFuncs: { Connection: (c: Connection) => c.url } });
      byUrl(new Connection("db://a"));
      byUrl(new Connection("db://a"));
      byName(new Connection("db://a"));
      byName(new Connection("db://a"));
      st.text("calls " + st.sessionState.calls);
    `).run();
    expect(texts(at)).toEqual(["calls 2"]);
  });

  it("refuses an argument it cannot hash, naming it, and a value it cannot copy", async () => {
    const unhashable = await AppTest.fromString(`
      import * as st from "rivulet";
      const square = st.cacheData((n: number, ready: Promise<void>) => n * n);
      square(4, Promise.resolve());
    `).run();
    expect(unhashable.exception.map((e) => e.node.code)).toEqual(["unhashable_argument"]);
    expect(unhashable.exception[0]!.value).toContain("Cannot hash argument 'ready' (of type Promise) in 'square'");
    const uncopyable = await AppTest.fromString(`
      import * as st from "rivulet";
      class Counter { count = 0; }
      const counter = st.cacheData(() => new Counter());
      counter();
    `).run();
    expect(uncopyable.exception.map((e) => e.node.code)).toEqual(["unserializable_return_value"]);
    expect(uncopyable.exception[0]!.value).toContain("(of type Counter) of counter");
  });

  it("checks its options", async () => {
    for (const [options, message] of [
      ['{ ttl: "soon" }', "st.cacheData: `ttl` should be"],
      ["{ maxEntries: 0 }", "st.cacheData: `maxEntries` should be a positive integer"],
      ["{ showSpinner: 1 }", "st.cacheData: `showSpinner` should be"],
      ["{ validate: () => true }", "st.cacheData: `validate` should be nothing"],
    ] as const) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\nst.cacheData(() => 1, ${options} as any)();\n`).run();
      expect(at.exception[0]?.value).toContain(message);
    }
  });

  it("a function at another call site, or with an edited body, has entries of its own", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      globalThis.sites ??= [];
      const one = st.cacheData(() => { globalThis.sites.push("one"); return 1; });
      const two = st.cacheData(() => { globalThis.sites.push("one"); return 1; });
      one();
      two();
    `).run();
    expect(at.outcomes).toEqual(["completed"]);
    const edited = await AppTest.fromString(`
      import * as st from "rivulet";
      const one = st.cacheData(() => { globalThis.sites.push("edited"); return 1; });
      one();
    `).run();
    expect(edited.outcomes).toEqual(["completed"]);
    expect((globalThis as { sites?: string[] }).sites).toEqual(["one", "one", "edited"]);
  });
});

describe("st.cacheResource", () => {
  it("hands every caller and session the one object", async () => {
    const app = `
      import * as st from "rivulet";
      const pool = st.cacheResource(() => ({ opened: (globalThis.opened = (globalThis.opened ?? 0) + 1), users: [] as string[] }));
      pool().users.push(st.sessionState.name ??= "user" + pool().opened);
      st.text(pool().users.join(",") + " opened " + pool().opened);
      st.text(String(pool() === pool()));
    `;
    const first = await AppTest.fromString(app).run();
    expect(texts(first)).toEqual(["user1 opened 1", "true"]);
    const second = await AppTest.fromString(app).run();
    expect(texts(second)).toEqual(["user1,user1 opened 1", "true"]);
    (globalThis as { opened?: number }).opened = 0;
  });

  it("validate false computes anew; onRelease gets what the cache lets go of", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      globalThis.released ??= [];
      let next = (globalThis.next ??= { n: 0 });
      const connect = st.cacheResource((db: string) => ({ db, n: ++next.n, closed: false }), {
        maxEntries: 1,
        validate: (c) => !c.closed,
        onRelease: (c) => globalThis.released.push(c.db + c.n),
      });
      const a = connect("a");
      a.closed = st.sessionState.close ?? false;
      st.text("a" + connect("a").n);
      if (st.button("close")) st.sessionState.close = true;
      if (st.button("other")) connect("b");
      if (st.button("clear")) st.cacheResource.clear();
    `).run();
    expect(texts(at)).toEqual(["a1"]);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["a1"]);
    // Closed by this run's first call's caller: the second call's validate refuses it.
    await at.run();
    expect(texts(at)).toEqual(["a2"]);
    // a2 closed and refused (a3 made), then b takes the one place: a3 goes.
    await at.button[1]!.click().run();
    expect((globalThis as { released?: string[] }).released).toEqual(["a1", "a2", "a3"]);
    // a5 takes b4's place, is closed and refused for a6, which the clear lets go of.
    await at.button[2]!.click().run();
    expect((globalThis as { released?: string[] }).released).toEqual(["a1", "a2", "a3", "b4", "a5", "a6"]);
  });
});
