// Multipage apps through AppTest: st.navigation lists the pages and returns the one the URL asks
// for (the default for the app's own URL or one that is not there), the menu reaches the page,
// st.switchPage and the menu go to another page, session state is shared and a left page's
// widgets are cleaned up, and Streamlit's errors.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = `
  import * as st from "rivulet";
  st.sessionState.visits ??= 0;
  st.sessionState.visits++;
  function home() {
    st.title("Home");
    st.textInput("Your name", { key: "name" });
    if (st.button("See orders")) st.switchPage(orders);
  }
  function listOrders() {
    st.title("Orders");
    st.text("for " + (st.sessionState.name ?? "nobody") + ", visit " + st.sessionState.visits);
    st.slider("Limit", { maxValue: 10, key: "limit" });
  }
  const orders = st.Page(listOrders, { title: "Orders", icon: "📦", urlPath: "orders" });
  const page = st.navigation({ "": [st.Page(home)], Reports: [orders, st.Page(() => st.title("Revenue"), { title: "Revenue" })] });
  page.run();
`;

const titles = (at: AppTest): unknown[] => at.title.map((t) => t.value);

describe("st.navigation", () => {
  it("shows the default page at the app's URL and lists every page with its section", async () => {
    const at = await AppTest.fromString(app).run();
    expect(at.exception).toEqual([]);
    expect(titles(at)).toEqual(["Home"]);
    expect(at.navigation).toEqual([
      { title: "home", icon: "", urlPath: "", section: null, current: true },
      { title: "Orders", icon: "📦", urlPath: "orders", section: "Reports", current: false },
      { title: "Revenue", icon: "", urlPath: "revenue", section: "Reports", current: false },
    ]);
  });

  it("goes to a page by the menu and by st.switchPage; session state is shared, a left page's widgets go", async () => {
    const at = await AppTest.fromString(app).run();
    await at.textInput[0]!.input("Ada").run();
    await at.button[0]!.click().run();
    expect(titles(at)).toEqual(["Orders"]);
    expect(at.navigation.find((p) => p.current)?.urlPath).toBe("orders");
    expect(at.text.map((t) => t.value)).toEqual(["for Ada, visit 4"]);
    await at.slider[0]!.setValue(7).run();
    await at.switchPage("Revenue").run();
    expect(titles(at)).toEqual(["Revenue"]);
    // The slider's page was left: its widget state is cleaned up, as in Streamlit.
    expect("limit" in at.sessionState).toBe(false);
    await at.switchPage("").run();
    expect(titles(at)).toEqual(["Home"]);
  });

  it("opens the page the URL names, and the default page for one that is not there", async () => {
    const orders = await AppTest.fromString(app, { context: { pagePath: "orders" } }).run();
    expect(titles(orders)).toEqual(["Orders"]);
    const missing = await AppTest.fromString(app, { context: { pagePath: "nowhere" } }).run();
    expect(titles(missing)).toEqual(["Home"]);
    const sent = missing.messages.find((m) => m.type === "navigation");
    expect(sent).toMatchObject({ current: "", notFound: "nowhere" });
  });

  it("st.pageLink: a page's title and icon unless given, a web address, and a label needed where there is none", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function home() {
        st.pageLink(orders);
        st.pageLink("orders", { label: "All orders" });
        st.pageLink("https://example.com", { label: "Example", icon: "🌐" });
        try { st.pageLink("orders"); } catch (error) { st.text((error as Error).message); }
      }
      const orders = st.Page(() => st.title("Orders"), { title: "Orders", icon: "📦", urlPath: "orders" });
      st.navigation([st.Page(home), orders]).run();
    `).run();
    expect(at.pageLink.map((l) => [l.node.label, l.node.icon, l.node.page, l.node.url])).toEqual([
      ["Orders", "📦", "orders", undefined],
      ["All orders", undefined, "orders", undefined],
      ["Example", "🌐", undefined, "https://example.com"],
    ]);
    expect(at.text.map((t) => t.value)).toEqual([expect.stringContaining("st.pageLink: `label` should be")]);
  });

  it("switching to a page st.navigation did not list raises, naming the pages", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function home() { if (st.button("Go")) st.switchPage("settings"); }
      st.navigation([st.Page(home)]).run();
    `).run();
    await at.button[0]!.click().run();
    expect(at.exception.map((e) => e.node.code)).toEqual(["unknown_page"]);
    expect(at.exception[0]!.value).toBe('Could not find page: `settings`. The pages st.navigation listed in this run: "".');
  });

  it("a page's icon is checked as Streamlit checks it: one emoji or a Material icon", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function home() { st.text("home"); }
      st.Page(home, { icon: ":material/home:" });
      st.Page(home, { icon: "👩‍💻" });
      st.navigation([st.Page(home, { icon: "home" })]).run();
    `).run();
    expect(at.exception.map((e) => e.value)).toEqual(['st.Page: `icon` should be a single emoji (shortcodes are not allowed) or a Material icon shortcode such as ":material/thumb_up:", not "home".']);
  });
});

describe("a multipage app's pages", () => {
  it("each sets its own page config, and the menu is sent once per page change", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function home() {
        st.setPageConfig({ pageTitle: "Home of the shop" });
        if (st.button("Orders")) st.switchPage("orders");
      }
      function orders() {
        st.setPageConfig({ pageTitle: "Orders", layout: "wide" });
        st.title("Orders");
      }
      st.navigation([st.Page(home), st.Page(orders)]).run();
    `).run();
    const configs = () => at.messages.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "pageConfig" ? [op.node] : []));
    expect(configs()).toEqual([expect.objectContaining({ title: "Home of the shop" })]);
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(configs()).toEqual([expect.objectContaining({ title: "Orders", layout: "wide" })]);
    // The click's run ended in st.switchPage: only the run that showed the page sent its menu.
    expect(at.messages.filter((m) => m.type === "navigation").map((m) => (m as { current: string }).current)).toEqual(["orders"]);
  });
});
