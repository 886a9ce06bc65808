// Pages of their own files: `st.Page("pages/orders.ts")` (the compiler passes the call a loader
// of the file, compiled as a page), and Streamlit's `pages/` folder for an entry that never
// calls st.navigation. Through AppTest, whose module hooks compile the page files.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";
import { tempApps } from "../helpers/temp-app.ts";

const apps = tempApps("page-files");
const app = apps.write;

const texts = (at: AppTest): string[] => at.text.map((t) => t.value);
const menu = (at: AppTest) => at.navigation.map(({ title, icon, urlPath, current }) => ({ title, icon, urlPath, current }));

describe("st.Page of a file", () => {
  const files = {
    "app.ts": [
      `import * as st from "rivulet";`,
      `function home(): void {`,
      `  st.text("home");`,
      `}`,
      `const page = st.navigation([st.Page(home), st.Page("pages/1_📈_Orders.ts"), st.Page("./pages/stock.ts", { title: "Stock" })]);`,
      `st.sidebar.text("entry level " + st.sidebar.slider("Level"));`,
      `page.run();`,
      `st.text("after the page");`,
      ``,
    ].join("\n"),
    "pages/1_📈_Orders.ts": `import * as st from "rivulet";\nimport { total } from "../lib/total.ts";\nst.text("orders level " + st.slider("Level") + ", total " + total());\n`,
    "pages/stock.ts": `import * as st from "rivulet";\nst.text("stock before");\nawait new Promise((resolve) => setTimeout(resolve, 5));\nst.text("stock after its await");\n`,
    "lib/total.ts": `export const total = (): number => 42;\n`,
  };

  it("is named, given its icon and its URL path by its file name, as in Streamlit", async () => {
    const at = await AppTest.fromFile(app(files)).run();
    expect(menu(at)).toEqual([
      { title: "home", icon: "", urlPath: "", current: true },
      { title: "Orders", icon: "📈", urlPath: "Orders", current: false },
      { title: "Stock", icon: "", urlPath: "stock", current: false },
    ]);
    expect(texts(at)).toEqual(["home", "after the page", "entry level 0"]);
  });

  it("runs in the place of page.run(), its imports compiled, its widgets its own", async () => {
    const at = await AppTest.fromFile(app(files)).run();
    await at.switchPage("Orders").run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["orders level 0, total 42", "after the page", "entry level 0"]);
    // The page's "Level" (in the main area, first) and the entry's (in the sidebar) are two
    // widgets: the page file's site ids have its tag.
    expect(at.slider).toHaveLength(2);
    await at.slider[0]!.setValue(7).run();
    expect(texts(at)).toEqual(["orders level 7, total 42", "after the page", "entry level 0"]);
    await at.switchPage("").run();
    await at.switchPage("Orders").run();
    expect(texts(at)[0]).toBe("orders level 0, total 42");
  });

  it("writes after its awaits where it was run", async () => {
    const at = await AppTest.fromFile(app(files)).run();
    await at.switchPage("stock").run();
    expect(at.outcomes.at(-1)).toBe("completed");
    expect(texts(at)).toEqual(["stock before", "stock after its await", "after the page", "entry level 0"]);
  });

  it("runs synchronously from its first show, as a function page does: order and errors as in later runs", async () => {
    const entry = app({
      "app.ts": [
        `import * as st from "rivulet";`,
        `function home(): void {`,
        `  st.text("home");`,
        `}`,
        `const page = st.navigation([st.Page(home), st.Page("pages/filters.ts"), st.Page("pages/broken.ts")]);`,
        `try {`,
        `  page.run();`,
        `} catch (error) {`,
        `  st.sidebar.text("caught: " + (error as Error).message);`,
        `}`,
        `st.sidebar.text("footer");`,
        ``,
      ].join("\n"),
      "pages/filters.ts": `import * as st from "rivulet";\nst.sidebar.text("page filter");\n`,
      "pages/broken.ts": `import * as st from "rivulet";\nthrow new Error("the page failed");\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    await at.switchPage("filters").run();
    expect(texts(at)).toEqual(["page filter", "footer"]);
    await at.switchPage("broken").run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["caught: the page failed", "footer"]);
  });

  it("that is missing raises Streamlit's page_file_not_found when it is shown", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nfunction home(): void {\n  st.text("home");\n}\nst.navigation([st.Page(home), st.Page("pages/gone.ts")]).run();\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(texts(at)).toEqual(["home"]);
    await at.switchPage("gone").run();
    expect(at.exception.map((e) => [e.code, e.message])).toEqual([["page_file_not_found", "Unable to create Page. The file `gone.ts` could not be found."]]);
  });

  it("named by a path made at run time raises page_file_unseen", async () => {
    const entry = app({ "app.ts": `import * as st from "rivulet";\nconst file = ["pages", "orders.ts"].join("/");\nst.navigation([st.Page(file)]).run();\n` });
    const at = await AppTest.fromFile(entry).run();
    expect(at.exception.map((e) => [e.type, e.code])).toEqual([["RivuletAPIError", "page_file_unseen"]]);
  });
});

describe("the pages/ folder", () => {
  const files = {
    "streamlit_app.ts": `import * as st from "rivulet";\nst.text("main page");\n`,
    "pages/2_📦_stock.ts": `import * as st from "rivulet";\nst.text("stock page");\n`,
    "pages/1_orders.ts": `import * as st from "rivulet";\nst.text("orders page " + st.button("Refresh"));\n`,
    "pages/about_us.ts": `import * as st from "rivulet";\nst.text("about");\n`,
    "pages/.draft.ts": `import * as st from "rivulet";\nst.text("hidden");\n`,
    "pages/notes.md": `not a page`,
  };

  it("makes the pages of an entry that never calls st.navigation, in Streamlit's order", async () => {
    const at = await AppTest.fromFile(app(files, "streamlit_app.ts")).run();
    expect(menu(at)).toEqual([
      { title: "streamlit app", icon: "", urlPath: "", current: true },
      { title: "orders", icon: "", urlPath: "orders", current: false },
      { title: "stock", icon: "📦", urlPath: "stock", current: false },
      { title: "about us", icon: "", urlPath: "about_us", current: false },
    ]);
    expect(texts(at)).toEqual(["main page"]);
    // Another page runs instead of the entry's body, as in Streamlit.
    await at.switchPage("orders").run();
    expect(texts(at)).toEqual(["orders page false"]);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["orders page true"]);
    await at.switchPage("").run();
    expect(texts(at)).toEqual(["main page"]);
  });

  it("keeps the entry's own names (its body is not a function named main), and takes JavaScript pages", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { main } from "./lib.ts";\nst.text(main());\n`,
      "lib.ts": `export const main = (): string => "the entry's main";\n`,
      "pages/about.js": "const about = `about, by magic`;\nabout;\n",
    });
    const at = await AppTest.fromFile(entry).run();
    expect(texts(at)).toEqual(["the entry's main"]);
    await at.switchPage("about").run();
    expect(at.exception).toEqual([]);
    expect(at.markdown.map((m) => m.value)).toEqual(["about, by magic"]);
  });

  it("of an app run without magic are without it too", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nconst shown = "the main page";\nshown;\n`,
      "pages/other.ts": `import * as st from "rivulet";\nconst shown = "the other page";\nshown;\nst.text("other");\n`,
    });
    const at = await AppTest.fromFile(entry, { magic: false }).run();
    await at.switchPage("other").run();
    expect(texts(at)).toEqual(["other"]);
    expect(at.markdown).toEqual([]);
  });

  it("is not the app's when the entry calls st.navigation", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nfunction home(): void {\n  st.text("home");\n}\nst.navigation([st.Page(home)]).run();\n`,
      "pages/orders.ts": `import * as st from "rivulet";\nst.text("orders");\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(menu(at).map((p) => p.title)).toEqual(["home"]);
  });
});
