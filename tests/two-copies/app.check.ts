// A user's test of a user's app with rivulet/testing, under a plain Vitest config.
import { expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

it("runs the app, clicks, and reads its elements", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.sessionState.count ??= 0;
    if (st.button("Add")) st.sessionState.count++;
    st.header("Count " + st.sessionState.count);
    const load = st.cacheData((n: number) => n * 2);
    st.text("doubled " + load(st.sessionState.count));
  `).run();
  expect(at.exception.map((e) => e.value)).toEqual([]);
  await at.button[0]!.click().run();
  expect(at.header[0]!.value).toBe("Count 1");
  expect(at.text[0]!.value).toBe("doubled 2");
});
