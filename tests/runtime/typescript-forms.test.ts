// TypeScript the compiler used to accept and Node then refused, or that broke at run time
// (issue 9): a script's own `$rt`, `using` / `await using`, and session-bound members
// destructured from st. Each runs as written, through AppTest.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("a script's own $rt is its own, beside the run's", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const $rt = 40;
    const add = ($rt: number) => $rt + 2;
    st.text(String(add($rt)));
  `).run();
  expect(at.exception).toHaveLength(0);
  expect(at.text.map((t) => t.value)).toEqual(["42"]);
});

test("using and await using dispose at the end of their blocks, in reverse order, also when the block throws", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const log: string[] = [];
    const resource = (name: string) => ({ [Symbol.dispose]: () => log.push("close " + name) });
    {
      using a = resource("a");
      using b = resource("b");
      log.push(a === b ? "use one" : "use both");
    }
    try {
      using c = resource("c");
      throw new Error("fails");
    } catch (error) {
      log.push("caught " + (error as Error).message);
    }
    {
      await using d = { [Symbol.asyncDispose]: async () => { log.push("close d"); } };
      log.push("awaited block");
    }
    st.text(log.join(", "));
  `).run();
  expect(at.exception).toHaveLength(0);
  expect(at.text[0]!.value).toBe("use both, close b, close a, close c, caught fails, awaited block, close d");
});

test("sessionState and queryParams destructured from st are the run's, after an await and in a then", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const { sessionState, queryParams: qp } = st;
    await new Promise((resolve) => setTimeout(resolve, 1));
    sessionState.visits = (sessionState.visits ?? 0) + 1;
    await Promise.resolve().then(() => st.text("visits " + sessionState.visits + ", tab " + qp.get("tab")));
  `);
  at.queryParams.tab = "sales";
  await at.run();
  expect(at.exception).toHaveLength(0);
  await at.run();
  expect(at.text.map((t) => t.value)).toEqual(["visits 2, tab sales"]);
});
