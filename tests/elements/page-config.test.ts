// st.setPageConfig through AppTest: an element that takes no room, one per call, each setting
// what it names; Streamlit's checks.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("each call sets what it names; the page merges them in order", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.setPageConfig({ pageTitle: "Sales", layout: "wide" });
    st.title("Report");
    st.setPageConfig({ pageIcon: ":material/bar_chart:", initialSidebarState: "collapsed", menuItems: { "Get Help": "https://example.com", About: "  # About\\n  text" } });
  `).run();
  expect(at.get("pageConfig").map(({ title, icon, layout, sidebar, menu }) => ({ title, icon, layout, sidebar, menu }))).toEqual([
    { title: "Sales", icon: undefined, layout: "wide", sidebar: undefined, menu: undefined },
    { title: undefined, icon: ":material/bar_chart:", layout: undefined, sidebar: "collapsed", menu: { getHelp: "https://example.com", about: "# About\ntext" } },
  ]);
});

test("it raises Streamlit's errors", async () => {
  const cases: [string, string][] = [
    [`st.setPageConfig({ layout: "narrow" as never })`, '`layout` must be `"centered"` or `"wide"` (got `"narrow"`)'],
    [`st.setPageConfig({ initialSidebarState: "open" as never })`, '`initial_sidebar_state` must be `"auto"` or `"expanded"` or `"collapsed"` (got `"open"`)'],
    [`st.setPageConfig({ menuItems: { Help: "x" } })`, 'We only accept the keys: `"Get help"`, `"Report a bug"`, and `"About"` (`"help"` is not a valid key.)'],
    [`st.setPageConfig({ menuItems: { "Report a bug": "example.com" } })`, '"example.com" is a not a valid URL. You must use a fully qualified domain beginning with "http://", "https://", or "mailto:".'],
    [`st.setPageConfig({ pageIcon: "xy" })`, 'The value "xy" given as the icon of st.setPageConfig is not a valid emoji. Shortcodes are not allowed, please use a single character instead.'],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
    expect(at.exception[0]?.value, call).toBe(message);
  }
});
