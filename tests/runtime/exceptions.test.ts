// Uncaught exceptions: shown where they happened, mapped to the user's source; what came
// before stays, and stale elements from the previous run disappear.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("exceptions", () => {
  it("an uncaught exception is an element where it happened; elements before it stay", async () => {
    const at = await AppTest.fromString(
      [
        `import * as st from "rivulet";`,
        `st.text("before");`,
        `const boom = (x: number): number => {`,
        `  throw new TypeError("bad " + x);`,
        `};`,
        `if (st.checkbox("fail")) boom(1);`,
        `st.text("after");`,
      ].join("\n"),
      { file: "crash.ts" },
    ).run();
    expect(at.text.map((t) => t.value)).toEqual(["before", "after"]);
    await at.checkbox[0]!.check().run();
    expect(at.outcomes).toEqual(["exception"]);
    expect(at.text.map((t) => t.value)).toEqual(["before"]);
    const [error] = at.exception;
    expect(error!.type).toBe("TypeError");
    expect(error!.message).toBe("bad 1");
    expect(error!.loc).toMatchObject({ line: 4, column: 9 });
    expect(error!.stack[0]).toMatch(/crash\.ts:4:9/);
    // Only the user's frames: none of Node's own (node:internal, node:async_hooks).
    expect(error!.stack.filter((frame) => frame.includes("(node:") || frame.startsWith("at node:"))).toEqual([]);
    expect(at.main.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual(["text", "checkbox", "exception"]);
    await at.checkbox[0]!.uncheck().run();
    expect(at.exception).toHaveLength(0);
  });

  it("st calls outside a run raise a clear error", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.later = () => st.text("late");
      st.text("ok");
    `).run();
    expect(() => at.sessionState.later()).toThrow(/outside a script run/);
  });

  it("a script that does not compile fails run() with its diagnostics", async () => {
    await expect(AppTest.fromString(`import * as st from "rivulet";\nst.text(`).run()).rejects.toThrow(/syntax_error/);
  });
});

describe("the element tree", () => {
  it("elements the new run did not rewrite disappear when it finishes", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const n = st.slider("n", { value: 3, maxValue: 5 });
      for (let i = 0; i < n; i++) st.text("line " + i);
      if (n > 2) st.sidebar.text("many");
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["line 0", "line 1", "line 2", "many"]);
    await at.slider[0]!.setValue(1).run();
    expect(at.text.map((t) => t.value)).toEqual(["line 0"]);
    expect(at.sidebar.children).toHaveLength(0);
  });

  it("containers, columns, empty and the sidebar hold what is written into them", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const box = st.container({ border: true });
      const [a, b] = st.columns([2, 1]);
      const slot = st.empty();
      st.title("Page");
      b.text("right");
      a.subheader("left");
      box.markdown("**boxed**");
      slot.text("first");
      slot.text("second");
      st.sidebar.header("Side");
    `).run();
    const [boxed, row, slot, title] = at.main.children as any[];
    expect(boxed.block).toBe("vertical");
    expect(boxed.node.border).toBe(true);
    expect(boxed.children[0].value).toBe("**boxed**");
    expect(row.block).toBe("horizontal");
    expect(row.children.map((c: any) => [c.node.weight, c.children[0].value])).toEqual([[2, "left"], [1, "right"]]);
    expect(slot.block).toBe("empty");
    expect(slot.children.map((c: any) => c.value)).toEqual(["second"]);
    expect(title.value).toBe("Page");
    expect(at.sidebar.get("header")[0]!.value).toBe("Page".replace("Page", "Side"));
  });

  it("an unchanged rerun sends only the run's start and end", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      for (let i = 0; i < 50; i++) st.text("line " + i);
      st.checkbox("c");
    `).run();
    const first = at.bytesReceived;
    await at.run();
    expect(at.bytesReceived).toBeLessThan(first / 10);
    expect(at.text).toHaveLength(50);
  });

  it("st.write shows strings as markdown, other scalars as inline code, and objects as JSON", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.write("a", "b", { x: [1, 2] }, 3);
    `).run();
    expect(at.markdown.map((m) => m.value)).toEqual(["a b", "`3`"]);
    expect(at.json[0]!.value).toEqual({ x: [1, 2] });
  });
});

describe("async scripts", () => {
  it("top-level await works and st calls after it write to the same run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("before");
      const value = await new Promise<string>((r) => setTimeout(() => r("later"), 1));
      st.text(value);
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["before", "later"]);
  });
});

// Issue 7, defect 2: any thrown value ends the run with an exception element; a session never
// wedges (every run reports its end, and the next click runs).
describe("odd thrown values", () => {
  const app = (thrown: string) => `
    import * as st from "rivulet";
    st.sessionState.clicks ??= 0;
    if (st.button("go")) {
      st.sessionState.clicks++;
      throw ${thrown};
    }
    st.text("clicks: " + st.sessionState.clicks);
  `;

  // The last column: whether the element can say where (a value that is not an Error has no
  // stack; the compiler marks where it was thrown, except `throw new ...`, which has one).
  const cases: [thrown: string, type: string, message: RegExp, located: boolean][] = [
    ["Object.create(null)", "object", /^\{\}$/, true],
    [`{ code: 7, toString() { throw new Error("nope"); } }`, "object", /^\{"code":7,"toString":"\[Function toString\]"\}$/, true],
    ["null", "null", /^null$/, true],
    ["undefined", "undefined", /^undefined$/, true],
    ["42", "number", /^42$/, true],
    [`"plain string"`, "string", /^plain string$/, true],
    [`Symbol("s")`, "symbol", /^Symbol\(s\)$/, true],
    ["10n", "bigint", /^10$/, true],
    [`new Map([["a", 1]])`, "Map", /^\{"a":1\}$/, false],
    [`Object.assign(new Error("x"), { message: { nested: true } })`, "Error", /^\{"nested":true\}$/, true],
    [`new Proxy({}, { get() { throw new Error("trap"); }, getPrototypeOf() { throw new Error("trap"); } })`, "object", /.+/, false],
    [`(() => { const e = new Error("bad stack"); Object.defineProperty(e, "stack", { get() { throw new Error("no"); } }); return e; })()`, "Error", /^bad stack$/, true],
    [`Object.defineProperty(new Error("no name"), "name", { get() { throw new Error("no"); } })`, "Error", /^no name$/, true],
  ];

  for (const [thrown, type, message, located] of cases) {
    it(`throw ${thrown.slice(0, 50)}: an exception element, and the session goes on`, async () => {
      const at = await AppTest.fromString(app(thrown)).run();
      await at.button[0]!.click().run();
      expect(at.outcomes).toEqual(["exception"]);
      const [error] = at.exception;
      expect(error!.type).toBe(type);
      expect(error!.message).toMatch(message);
      expect(error!.loc?.line).toBe(located ? 6 : undefined);
      await at.button[0]!.click().run();
      expect(at.outcomes).toEqual(["exception"]);
      expect(at.sessionState.clicks).toBe(2);
    });
  }

  it("a value thrown from a fragment is shown in the fragment, and the fragment reruns after it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.fragment(() => {
        if (st.button("frag")) throw Object.create(null);
        st.text("fragment ok");
      })();
    `).run();
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(1);
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(1);
    expect(at.outcomes).toEqual(["exception"]);
  });
});
