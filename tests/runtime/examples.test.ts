// The examples of the README's "Execution flow" section: every examples/*.ts compiles without an
// error, every README excerpt is really in its file, and each example does what the README says.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compile } from "@rivulet/compiler";
import { AppTest, type BlockView } from "rivulet/testing";

const EXAMPLES = "examples";
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".ts"))
  .sort();

/** Values of a list of element views. */
const values = (views: readonly { value: unknown }[]): unknown[] => views.map((v) => v.value);

describe("every example compiles", () => {
  it("finds the examples the README shows", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "async.ts",
        "caching.ts",
        "callbacks.ts",
        "charts.ts",
        "connection.ts",
        "data-editor.ts",
        "data.ts",
        "dialog.ts",
        "forms.ts",
        "fragments.ts",
        "layout.ts",
        "pages.ts",
        "query-params.ts",
        "rerun.ts",
        "runaway.ts",
        "secrets.ts",
        "session-state.ts",
        "stop.ts",
        "widgets.ts",
      ]),
    );
  });

  it.each(files)("%s has no error diagnostics", (file) => {
    const filename = path.resolve(EXAMPLES, file);
    const { diagnostics } = compile(readFileSync(filename, "utf8"), { filename });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("the README's examples", () => {
  // A README block that starts with `// examples/<file>.ts` shows that file or an excerpt of it:
  // its lines appear in the file, in order.
  const readme = readFileSync("README.md", "utf8");
  const blocks = [...readme.matchAll(/```ts\n\/\/ (examples\/[\w/-]+\.ts)\n([\s\S]*?)```/g)].map((m) => ({
    file: m[1]!,
    lines: m[2]!.split("\n").filter((line) => line.trim() !== ""),
  }));

  it("shows an example of every piece", () => {
    expect(new Set(blocks.map((b) => b.file)).size).toBeGreaterThanOrEqual(11);
  });

  it.each(blocks.map((b) => [b.file, b] as const))("%s is an excerpt of the file", (file, block) => {
    const source = readFileSync(file, "utf8").split("\n");
    let at = 0;
    for (const line of block.lines) {
      const found = source.indexOf(line, at);
      expect(found, `README line not in ${file} (in order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});

describe("reruns", () => {
  it("stop.ts: st.stop() ends the run, through the try/catch", async () => {
    const at = await AppTest.fromFile("examples/stop.ts").run();
    expect(at.outcomes).toEqual(["stopped"]);
    expect(values(at.warning)).toEqual(["Enter a name to go on."]);
    expect(at.error).toEqual([]);
    expect(at.success).toEqual([]);

    await at.textInput[0]!.input("Ada").run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(values(at.warning)).toEqual([]);
    expect(values(at.success)).toEqual(["Hello, Ada!"]);
  });
});

describe("widgets and identity", () => {
  it("widgets.ts: the same label in a helper or a loop makes distinct widgets, without keys", async () => {
    const at = await AppTest.fromFile("examples/widgets.ts").run();
    expect(at.exception).toEqual([]);
    expect(at.slider.map((s) => s.label)).toEqual(["Quantity", "Quantity"]);
    expect(at.checkbox).toHaveLength(3);
    expect(values(at.text)).toEqual(["0 apples, 0 pears, note:"]);

    await at.slider[1]!.setValue(4).run();
    expect(values(at.text)).toEqual(["0 apples, 4 pears, note:"]);
    await at.checkbox[2]!.check().run();
    expect(values(at.checkbox)).toEqual([false, false, true]);
    await at.textInput[0]!.input("ripe").run();
    expect(values(at.text)).toEqual(["0 apples, 4 pears, note: ripe"]);
    expect(at.sessionState.note).toBe("ripe");
    expect(values(at.slider)).toEqual([0, 4]);
  });

  it("callbacks.ts: a callback runs before the script with its args; the button is true for one run", async () => {
    const at = await AppTest.fromFile("examples/callbacks.ts").run();
    expect(values(at.text)).toEqual(["count: 0"]);

    await at.button[1]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(values(at.text)).toEqual(["count: 10", "You clicked +10."]);
    expect(at.button[1]!.value).toBe(true);

    await at.run();
    expect(values(at.text)).toEqual(["count: 10"]);
    expect(at.button[1]!.value).toBe(false);

    await at.button[0]!.click().run();
    expect(values(at.text)).toEqual(["count: 11"]);
  });
});

describe("caching", () => {
  it("caching.ts: a region's sales are queried once; Refresh queries again; one connection", async () => {
    AppTest.clearCaches();
    const at = await AppTest.fromFile("examples/caching.ts").run();
    expect(at.exception).toEqual([]);
    expect(at.dataframe.map((d) => d.value.rows)).toEqual([[{ month: "Jan", total: 120 }, { month: "Feb", total: 130 }]]);
    expect(values(at.text)).toEqual([expect.stringMatching(/^1 queries so far; connection opened at /)]);
    const opened = String(values(at.text)[0]).split(" at ")[1];
    await at.selectbox[0]!.select("US").run();
    expect(at.dataframe.map((d) => d.value.rows)).toEqual([[{ month: "Jan", total: 95 }, { month: "Feb", total: 90 }]]);
    await at.selectbox[0]!.select("EU").run();
    expect(values(at.text)).toEqual([`2 queries so far; connection opened at ${opened}`]);
    await at.button[0]!.click().run();
    await at.run();
    expect(values(at.text)).toEqual([`3 queries so far; connection opened at ${opened}`]);
  });
});

describe("pages", () => {
  it("pages.ts: the menu's pages, st.switchPage, and session state shared between pages", async () => {
    const at = await AppTest.fromFile("examples/pages.ts").run();
    expect(at.exception).toEqual([]);
    expect(at.navigation.map((p) => [p.title, p.urlPath, p.section, p.current])).toEqual([
      ["Home", "", null, true],
      ["Orders", "orders", "Reports", false],
    ]);
    await at.textInput[0]!.input("Ada").run();
    await at.button[0]!.click().run();
    expect(values(at.title)).toEqual(["Orders"]);
    expect(values(at.text)).toEqual(["Orders of Ada"]);
    await at.switchPage("").run();
    expect(values(at.title)).toEqual(["Home"]);
  });
});

describe("secrets", () => {
  it("secrets.ts: keys by attribute, a nested table, a fallback", async () => {
    const at = await AppTest.fromFile("examples/secrets.ts", { secrets: { api_key: "k-123", db: { user: "ada", host: "db.local" } } }).run();
    expect(at.exception).toEqual([]);
    expect(values(at.text)).toEqual(["ada@db.local in eu-west, 12 characters of header"]);
  });
});

describe("connections", () => {
  it("connection.ts: notes are added to the project's SQLite file and listed", async () => {
    AppTest.clearCaches();
    const project = mkdtempSync(path.join(tmpdir(), "rivulet-example-"));
    try {
      const at = await AppTest.fromFile("examples/connection.ts", { project }).run();
      expect(at.exception).toEqual([]);
      expect(values(at.text)).toEqual([]);
      await at.textInput[0]!.input("buy milk").run();
      await at.button[0]!.click().run();
      await at.textInput[0]!.input("call Ada").run();
      await at.button[0]!.click().run();
      expect(values(at.text)).toEqual(["1. buy milk", "2. call Ada"]);
      expect(existsSync(path.join(project, ".rivulet", "sql.db"))).toBe(true);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("data", () => {
  it("data.ts: a query shown as a dataframe; the rows picked are counted and shown in a table", async () => {
    AppTest.clearCaches();
    const project = mkdtempSync(path.join(tmpdir(), "rivulet-example-"));
    try {
      const at = await AppTest.fromFile("examples/data.ts", { project }).run();
      expect(at.exception).toEqual([]);
      expect(at.dataframe[0]!.value.columns).toEqual(["name", "country", "population"]);
      expect(at.dataframe[0]!.value.rows.map((r) => r.name)).toEqual(["Lima", "Lyon", "Oslo", "Pune"]);
      expect(at.metric[0]!.value).toBe("0");
      expect(at.table).toHaveLength(0);
      await at.dataframe[0]!.selectRows([2, 0]).run();
      expect(at.metric[0]!.value).toBe("2");
      expect(at.table[0]!.value.rows.map((r) => r.name)).toEqual(["Oslo", "Lima"]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("data editor", () => {
  it("data-editor.ts: edits, an added row with its defaults and a deleted row change the total and the chart", async () => {
    const at = await AppTest.fromFile("examples/data-editor.ts").run();
    expect(at.exception).toEqual([]);
    expect(at.metric[0]!.value).toBe("$1599.50");
    await at.dataEditor[0]!.edit(1, "amount", 300).run();
    expect(at.metric[0]!.value).toBe("$1589.00");
    await at.dataEditor[0]!.addRow({ item: "Cinema", amount: 12 }).run();
    expect(at.dataEditor[0]!.value.edited.at(-1)).toEqual({ item: "Cinema", category: "Other", amount: 12 });
    await at.dataEditor[0]!.deleteRows([0]).run();
    expect(at.metric[0]!.value).toBe("$401.00");
    const bars = (at.vegaLiteChart[0]!.value.datasets as Record<string, { category: string; amount: number }[]>).source;
    expect(bars).toEqual([
      { category: "Food", amount: 300 },
      { category: "Travel", amount: 89 },
      { category: "Other", amount: 12 },
    ]);
    expect(at.sessionState.expenses).toEqual({ editedRows: { 1: { amount: 300 } }, addedRows: [{ item: "Cinema", amount: 12 }], deletedRows: [0] });
  });
});

describe("charts", () => {
  it("charts.ts: two charts of the data, an image of its own SVG, and its CSV to download", async () => {
    const at = await AppTest.fromFile("examples/charts.ts").run();
    expect(at.exception).toEqual([]);
    const [line, bars] = at.vegaLiteChart;
    expect(line!.spec.mark).toEqual({ type: "line" });
    expect((line!.value.datasets as Record<string, unknown[]>).source).toHaveLength(30);
    expect(bars!.spec.encoding).toMatchObject({ x: { field: "sales" }, y: { field: "region", type: "ordinal" } });
    expect(at.mediaFile(at.image[0]!.value[0]!)!.mime).toBe("image/svg+xml");
    const csv = new TextDecoder().decode(at.mediaFile(at.downloadButton[0]!.file!)!.bytes);
    expect(csv.split("\n")).toHaveLength(31);
    expect(at.downloadButton[0]!.fileName).toBe("sales.csv");
  });
});

describe("magic", () => {
  it("magic.ts: a bare value is written with st.write; a call is not written again", async () => {
    const at = await AppTest.fromFile("examples/magic.ts").run();
    expect(values(at.markdown)).toEqual(["## Sales for EU", "`120`", "A call is not magic: its value is not written again."]);
    expect(values(at.json)).toEqual([{ EU: 120, US: 95 }]);
    await at.selectbox[0]!.select("US").run();
    expect(values(at.markdown).slice(0, 2)).toEqual(["## Sales for US", "`95`"]);
  });
});

describe("session state", () => {
  it("session-state.ts: set before the widget is its value; after it raises; unrendered state is dropped", async () => {
    const at = await AppTest.fromFile("examples/session-state.ts").run();
    expect(at.slider[0]!.value).toBe(0);

    await at.button[0]!.click().run(); // Loud: before the slider
    expect(at.exception).toEqual([]);
    expect(at.slider[0]!.value).toBe(10);
    expect(values(at.text)).toEqual(["volume: 10"]);

    await at.button[1]!.click().run(); // Mute: after the slider
    expect(at.outcomes).toEqual(["exception"]);
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/volume.*cannot be modified after the widget with key .?volume/);
    await at.run();
    expect(at.exception).toEqual([]);
    expect(at.sessionState.volume).toBe(10);

    await at.checkbox[0]!.check().run();
    await at.textInput[0]!.input("Ada").run();
    expect(at.sessionState.name).toBe("Ada");
    await at.checkbox[0]!.uncheck().run();
    expect("name" in at.sessionState).toBe(false);
    await at.checkbox[0]!.check().run();
    expect(at.textInput[0]!.value).toBe("");
  });
});

describe("the block form", () => {
  it("layout.ts: st calls inside container.with write into the container", async () => {
    const at = await AppTest.fromFile("examples/layout.ts").run();
    const columns = () => (at.main.children[0] as BlockView).children as BlockView[];
    const kinds = (column: BlockView) => column.children.map((c) => ("kind" in c ? c.kind : c.block));
    expect(columns().map(kinds)).toEqual([
      ["subheader", "slider"],
      ["subheader", "text"],
    ]);
    expect(values(columns()[1]!.get("text"))).toEqual(["3 squared is 9"]);
    expect(values(at.sidebar.get("text"))).toEqual(["The sidebar is a container too."]);

    await at.slider[0]!.setValue(4).run();
    expect(values(columns()[1]!.get("text"))).toEqual(["4 squared is 16"]);
  });
});

describe("fragments", () => {
  let at: AppTest | undefined;
  afterEach(() => at?.close());

  it("fragments.ts: a click reruns only its fragment; runEvery ticks alone; an outside widget reruns all", async () => {
    at = await AppTest.fromFile("examples/fragments.ts").run();
    const texts = () => values(at!.text) as string[];
    expect(texts()).toEqual(["app runs: 1", "clicks: 0", "ticks: 1"]);

    await at.button[0]!.click().run();
    expect(at.outcomes[0]).toBe("rerun"); // st.rerun({ scope: "fragment" })
    expect(texts()).toContain("clicks: 1");
    expect(at.sessionState.appRuns).toBe(1);

    const ticks = at.sessionState.ticks as number;
    await at.waitFor((t) => t.sessionState.ticks >= ticks + 1 && t.text[2]!.value === `ticks: ${t.sessionState.ticks}`);
    expect(at.sessionState.appRuns).toBe(1);

    await at.button[1]!.click().run();
    expect(at.sessionState.appRuns).toBe(2);
    expect(texts().slice(0, 2)).toEqual(["app runs: 2", "clicks: 1"]);
  });
});

describe("dialogs", () => {
  it("dialog.ts: a widget inside reruns only the dialog; st.rerun() closes it; a dismissal hides it", async () => {
    const at = await AppTest.fromFile("examples/dialog.ts").run();
    expect(at.dialog).toEqual([]);
    expect(values(at.header)).toEqual(["untitled"]);

    await at.button[0]!.click().run();
    expect(at.dialog.map((d) => d.title)).toEqual(["Rename"]);
    expect(at.textInput[0]!.value).toBe("untitled");

    await at.dialog[0]!.get("textInput")[0]!.input("report").run();
    // A full run would not open it again (the Rename button is false): only the dialog reran.
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.dialog).toHaveLength(1);
    expect(values(at.header)).toEqual(["untitled"]);

    await at.dialog[0]!.get("button")[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.dialog).toEqual([]);
    expect(values(at.header)).toEqual(["report"]);

    await at.button[0]!.click().run();
    expect(at.textInput[0]!.value).toBe("report");
    await at.dialog[0]!.dismiss().run();
    expect(at.outcomes).toEqual([]); // onDismiss "ignore": nothing reruns
    expect(at.dialog).toEqual([]);
    expect(values(at.header)).toEqual(["report"]);
  });
});

describe("forms", () => {
  it("forms.ts: values reach the script only on submit, and clearOnSubmit resets the form", async () => {
    const at = await AppTest.fromFile("examples/forms.ts").run();
    expect(at.button.map((b) => [b.label, b.isFormSubmitter])).toEqual([["Add", true]]);

    at.textInput[0]!.input("milk");
    await at.slider[0]!.setValue(2).run();
    expect(at.text).toEqual([]); // held on the page until the submit

    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(values(at.text)).toEqual(["milk, in 2 days"]);
    expect(at.textInput[0]!.value).toBe("");
    expect(at.slider[0]!.value).toBe(0);

    await at.button[0]!.click().run(); // an empty todo is not added
    expect(values(at.text)).toEqual(["milk, in 2 days"]);
  });
});

describe("st.queryParams", () => {
  it("query-params.ts: reads the URL, and the URL follows the script; back/forward reruns", async () => {
    const plain = await AppTest.fromFile("examples/query-params.ts").run();
    expect(values(plain.header)).toEqual(["Page 1"]);
    expect(values(plain.text)).toEqual(["tags: none"]);

    const at = await AppTest.fromFile("examples/query-params.ts", {
      queryParams: { page: "3", tag: ["a", "b"] },
    }).run();
    expect(values(at.header)).toEqual(["Page 3"]);
    expect(values(at.text)).toEqual(["tags: a, b"]);

    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(values(at.header)).toEqual(["Page 4"]);
    expect(at.query).toBe("page=4&tag=a&tag=b");

    at.queryParams.page = "2"; // the user goes back in the browser
    await at.run();
    expect(values(at.header)).toEqual(["Page 2"]);
  });
});

describe("async scripts", () => {
  interface Request {
    url: string;
    signal: AbortSignal;
    answer(text: string): void;
  }
  const requests: Request[] = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    requests.length = 0;
  });

  it("async.ts: elements stream in while the run awaits; a new input interrupts it and aborts its fetch", async () => {
    // A fetch that answers when the test says so, and rejects when its signal aborts.
    vi.stubGlobal(
      "fetch",
      (url: string, init: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          const signal = init.signal!;
          signal.addEventListener("abort", () => reject(signal.reason));
          requests.push({ url, signal, answer: (text) => resolve(new Response(text)) });
        }),
    );
    const at = AppTest.fromFile("examples/async.ts");
    const first = at.run();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.url).toBe("https://wttr.in/Paris?format=3");
    await vi.waitFor(() => expect(values(at.text)).toEqual(["Looking up Paris…"]));
    requests[0]!.answer("Paris: ☀️ +21°C");
    await first;
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text).toEqual([]);
    expect(values(at.success)).toEqual(["Paris: ☀️ +21°C"]);

    const rome = at.textInput[0]!.input("Rome").run();
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    const oslo = at.textInput[0]!.input("Oslo").run();
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[1]!.signal.aborted).toBe(true);
    expect(requests[2]!.url).toBe("https://wttr.in/Oslo?format=3");
    requests[2]!.answer("Oslo: 🌧 +8°C");
    await Promise.all([rome, oslo]);
    expect(at.outcomes).toEqual(["interrupted", "completed"]);
    expect(at.exception).toEqual([]);
    expect(values(at.success)).toEqual(["Oslo: 🌧 +8°C"]);
  });
});

describe("apps of many modules", () => {
  it("modules/app.ts: the helpers' widgets, cached function and writes after their awaits", async () => {
    AppTest.clearCaches();
    const at = await AppTest.fromFile("examples/modules/app.ts").run();
    expect(at.exception).toEqual([]);
    expect(at.checkbox.map((c) => [c.label, c.value])).toEqual([
      ["Upgrade the database", true],
      ["Rotate the certificates", false],
    ]);
    expect(at.get("progress").map((p) => p.text)).toEqual(["1 of 2 done"]);
    expect(values(at.caption)).toEqual(["Ticked: Upgrade the database"]);
    await at.selectbox[0]!.select("Design").run();
    await at.checkbox[0]!.check().run();
    expect(values(at.caption)).toEqual(["Ticked: New onboarding screens, Icon set"]);
  });

  it.each(["modules", "multipage"])("%s/: every module compiles without a diagnostic, each in its mode", (folder) => {
    const files = readdirSync(path.join(EXAMPLES, folder), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const file of files) {
      const filename = path.resolve(EXAMPLES, folder, file);
      const mode = file === "app.ts" ? "script" : file.startsWith("pages") ? "page" : "library";
      const { diagnostics } = compile(readFileSync(filename, "utf8"), { filename, mode });
      expect(diagnostics.filter((d) => d.severity !== "info"), file).toEqual([]);
    }
  });
});

describe("pages in files", () => {
  it("multipage/app.ts: pages of their own files, named by them; st.switchPage takes a page's file", async () => {
    const at = await AppTest.fromFile("examples/multipage/app.ts").run();
    expect(at.navigation.map((p) => [p.title, p.icon, p.urlPath])).toEqual([
      ["Home", "🏠", ""],
      ["Sales", "📈", "Sales"],
      ["Stock", "📦", "stock"],
    ]);
    await at.textInput[0]!.input("Ada").run();
    await at.button[0]!.click().run();
    expect(at.exception).toEqual([]);
    expect(values(at.title)).toEqual(["Sales"]);
    expect(values(at.text)).toEqual(["Sales of North for Ada"]);
    expect(values(at.caption)).toEqual(["Signed in as Ada"]);
    expect(at.get("pageLink").map((l) => [l.label, l.icon, l.page])).toEqual([["Stock", "📦", "stock"]]);
    await at.switchPage("stock").run();
    await at.checkbox[0]!.check().run();
    expect(values(at.text)).toEqual(["2 items run low"]);
  });
});

describe("runaway loops", () => {
  it("runaway.ts: works until the loop is started (the loop itself is halted only across threads: tests/e2e)", async () => {
    const at = await AppTest.fromFile("examples/runaway.ts").run();
    await at.button[0]!.click().run();
    expect(values(at.text)).toEqual(["clicks: 1"]);
  });
});

describe("the playground's chat", () => {
  it("chat.ts: each prompt is answered by a stream, and the conversation stays in session state", async () => {
    const at = await AppTest.fromFile("examples/chat.ts").run();
    expect(at.chatMessage).toHaveLength(0);
    await at.chatInput[0]!.setValue("hi there").run();
    await at.chatInput[0]!.setValue("and again").run();
    expect(at.exception).toEqual([]);
    expect(at.chatMessage.map((m) => m.name)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(values(at.markdown)).toEqual(["hi there", 'You said: "hi there". That is 2 words.', "and again", 'You said: "and again". That is 2 words.']);
  });
});
