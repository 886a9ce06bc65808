// st.tabs and st.popover, through AppTest: containers whose content runs every run.
import { expect, test } from "vitest";
import { AppTest, TabView } from "rivulet/testing";

test("st.tabs returns one container per label; at.tabs lists the tabs with their labels and content", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const [cat, dog] = st.tabs(["Cat", "Dog"], { default: "Dog" });
    cat.text("meow");
    dog.with(() => st.checkbox("Good boy"));
    st.text("after");
  `).run();
  expect(at.tabs.map((t) => t.label)).toEqual(["Cat", "Dog"]);
  expect(at.tabs[0]).toBeInstanceOf(TabView);
  expect(at.tabs[0]!.text.map((t) => t.value)).toEqual(["meow"]);
  expect(at.tabs[1]!.checkbox.map((c) => c.label)).toEqual(["Good boy"]);
  expect(at.blocks("tabs")[0]!.defaultIndex).toBe(1);
  await at.tabs[1]!.checkbox[0]!.check().run();
  expect(at.checkbox[0]!.value).toBe(true);
});

test("st.tabs raises Streamlit's errors", async () => {
  const cases: [string, string][] = [
    [`st.tabs([])`, "st.tabs: `tabs` should be a list of at least one tab label, not a list of 0 values."],
    [`st.tabs(["a"], { default: "b" })`, "st.tabs: `default` should be one of the tab labels, not \"b\"."],
    [`st.tabs(["a", 1] as never)`, "st.tabs: `tabs` should be a list of strings, not 1."],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
    expect(at.exception[0]?.value, call).toBe(message);
  }
});

test("st.popover is a container behind a button, with its label, help, icon and width", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const settings = st.popover("Settings", { help: "more", icon: ":material/settings:", width: "stretch" });
    const dark = settings.toggle("Dark");
    st.text("dark " + dark);
  `).run();
  const [popover] = at.blocks("popover");
  expect([popover!.label, popover!.help, popover!.icon, popover!.width, popover!.disabled]).toEqual(["Settings", "more", ":material/settings:", "stretch", false]);
  await popover!.toggle[0]!.setValue(true).run();
  expect(at.text[0]!.value).toBe("dark true");
  const bad = await AppTest.fromString(`import * as st from "rivulet";\nst.popover("p", { width: 0 });`).run();
  expect(bad.exception[0]?.value).toBe("st.popover: `width` should be a number of pixels, \"stretch\" or \"content\", not 0.");
});
