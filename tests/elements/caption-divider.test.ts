// st.caption and st.divider, through AppTest: written where they are called, in any container.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("st.caption writes Markdown with its options; st.divider a rule", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.caption("A *note*", { help: "why" });
    st.divider();
    st.sidebar.caption("<b>x</b>", { unsafeAllowHtml: true });
  `).run();
  expect(at.caption.map((c) => c.value)).toEqual(["A *note*", "<b>x</b>"]);
  expect(at.caption[0]!.help).toBe("why");
  expect(at.caption[1]!.allowHtml).toBe(true);
  expect(at.divider).toHaveLength(1);
  expect(at.main.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual(["caption", "divider"]);
});
