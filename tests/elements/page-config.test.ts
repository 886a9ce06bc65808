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
    [`st.setPageConfig({ layout: "narrow" as never })`, 'st.setPageConfig: `layout` should be "centered" or "wide", not "narrow".'],
    [`st.setPageConfig({ initialSidebarState: "open" as never })`, 'st.setPageConfig: `initialSidebarState` should be "auto", "expanded" or "collapsed", not "open".'],
    [`st.setPageConfig({ menuItems: { Help: "x" } })`, 'st.setPageConfig: `menuItems` should be keyed by "Get help", "Report a bug" and "About", not "Help".'],
    [`st.setPageConfig({ menuItems: { "Report a bug": "example.com" } })`, 'st.setPageConfig: `menuItems` should be a URL beginning with "http://", "https://" or "mailto:", not "example.com".'],
    [`st.setPageConfig({ pageIcon: "xy" })`, 'st.setPageConfig: `icon` should be a single emoji (shortcodes are not allowed) or a Material icon shortcode such as ":material/thumb_up:", not "xy".'],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
    expect(at.exception[0]?.value, call).toBe(message);
  }
});
