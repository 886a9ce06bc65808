// st.expander, through AppTest: a container with a label, whose content runs every run.
import { expect, test } from "vitest";
import { AppTest, ExpanderView } from "rivulet/testing";

test("an expander holds what is written in it, folded or not, and is listed with its label", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const faq = st.expander("FAQ", { icon: "❓" });
    faq.text("An answer");
    const open = st.expander("Details", { expanded: true, icon: ":material/info:" });
    open.with(() => st.checkbox("Inside"));
    st.sidebar.expander("Side").text("in the sidebar");
    st.text("after");
  `).run();
  expect(at.expander.map((e) => [e.label, e.expanded, e.icon])).toEqual([
    ["FAQ", false, "❓"],
    ["Details", true, ":material/info:"],
    ["Side", false, undefined],
  ]);
  expect(at.expander[0]).toBeInstanceOf(ExpanderView);
  expect(at.expander[0]!.text.map((t) => t.value)).toEqual(["An answer"]);
  expect(at.expander[1]!.checkbox.map((c) => c.label)).toEqual(["Inside"]);
  expect(at.expander[2]!.text.map((t) => t.value)).toEqual(["in the sidebar"]);
  // The page's order: the expanders' content, then what follows them.
  expect(at.text.map((t) => t.value)).toEqual(["An answer", "after", "in the sidebar"]);
});

test("an icon must be one emoji or a Material icon, as Streamlit checks it", async () => {
  for (const [icon, message] of [
    ["ab", 'st.expander: `icon` should be a single emoji (shortcodes are not allowed) or a Material icon shortcode such as ":material/thumb_up:", not "ab".'],
    [":material/Bad Name:", 'st.expander: `icon` should be an emoji or a Material icon shortcode such as ":material/thumb_up:", not ":material/Bad Name:".'],
  ] as const) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.expander("x", { icon: ${JSON.stringify(icon)} });`).run();
    expect(at.exception[0]?.value).toBe(message);
  }
});
