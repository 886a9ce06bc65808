// st.help through AppTest: a value's type, a function's signature, members with types and
// previews, getters left unread.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("a class instance: its type and its members, own and inherited, getters unread", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    class Greeter {
      constructor(readonly name: string, readonly tags: string[]) {}
      get loud(): string { throw new Error("read"); }
      greet(times: number, suffix = "!") { return this.name + suffix; }
    }
    st.help(new Greeter("Ada", ["a", "b"]));
  `).run();
  expect(at.exception).toEqual([]);
  const doc = at.docString[0]!;
  expect([doc.type, doc.name, doc.value]).toEqual(["Greeter", undefined, undefined]);
  expect(doc.members).toEqual([
    { name: "name", type: "string", value: '"Ada"' },
    { name: "tags", type: "Array", value: "Array(2)" },
    { name: "loud", type: "getter" },
    { name: "greet", type: "function", value: 'greet(times, suffix = "!")' },
  ]);
});

test("a function shows its name and signature; a primitive its value; no argument is undefined", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    function total(prices: number[], tax = 0.2) { return 0; }
    st.help(total);
    st.help("x".repeat(100));
    st.help(Math.max);
    st.help();
  `).run();
  const [fn, text, native, nothing] = at.docString;
  expect([fn!.name, fn!.type, fn!.signature]).toEqual(["total", "function", "function total(prices, tax = 0.2)"]);
  expect([text!.type, text!.value!.length, text!.value!.endsWith("…")]).toEqual(["string", 80, true]);
  expect(native!.signature).toBe("max(…) (native)");
  expect([nothing!.type, nothing!.value]).toEqual(["undefined", "undefined"]);
});
