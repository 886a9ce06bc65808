// Magic, as Streamlit's: a bare expression statement is written with st.write, through the same
// call-site machinery as a written st.write (a site id, a checkpoint, the run re-entered).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const markdown = (at: AppTest) => at.markdown.map((m) => m.value);

describe("magic", () => {
  it("writes a bare template literal as Markdown and a bare number as st.write does", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const region = "EU";
      \`## Sales for \${region}\`;
      42;
      region, 7;
    `).run();
    expect(markdown(at)).toEqual(["## Sales for EU", "`42`", "EU `7`"]);
  });

  it("writes an object as JSON, as st.write does", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const df = { region: "EU", total: 3 };
      df;
    `).run();
    expect(at.json[0]?.value).toEqual({ region: "EU", total: 3 });
  });

  it("does not write a call's value, so st.write(x) writes once", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const total = () => 5;
      st.write("once");
      total();
      let n = 0;
      n++;
      n = total();
      st.text(String(n));
    `).run();
    expect(markdown(at)).toEqual(["once"]);
    expect(at.text[0]?.value).toBe("5");
  });

  it("writes in a script that never imports rivulet", async () => {
    const at = await AppTest.fromString("const rows = [1, 2];\n`${rows.length} rows`;\n").run();
    expect(markdown(at)).toEqual(["2 rows"]);
  });

  it("writes inside function bodies, in their container, after an await too", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      async function report(title: string) {
        await Promise.resolve();
        \`### \${title}\`;
      }
      const col = st.container();
      await col.with(() => report("inside"));
      st.sidebar.with(() => {
        \`in the sidebar\`;
      });
    `).run();
    expect(markdown(at)).toEqual(["### inside", "in the sidebar"]);
    expect(at.sidebar.markdown.map((m) => m.value)).toEqual(["in the sidebar"]);
  });

  it("keeps a fragment's writes in the fragment across its reruns", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs ??= 0;
      const panel = st.fragment(() => {
        st.sessionState.runs += 1;
        \`fragment run \${st.sessionState.runs}\`;
        st.button("Again");
      });
      panel();
      "after the fragment";
    `).run();
    expect(markdown(at)).toEqual(["fragment run 1", "after the fragment"]);
    await at.button[0]!.click().run();
    expect(markdown(at)).toEqual(["fragment run 2", "after the fragment"]);
  });

  it("is off with `magic: false`", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      \`## not written\`;
      42;
      st.write("written");
    `,
      { magic: false },
    ).run();
    expect(markdown(at)).toEqual(["written"]);
  });
});
