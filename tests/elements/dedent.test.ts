// Streamlit's clean_text on text bodies: textwrap.dedent, then strip, so Markdown indented in a
// template string renders as written.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("an indented template string's Markdown is dedented and stripped, as Streamlit does", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const region = "EU";
    st.markdown(\`
      ## Sales for \${region}

      Up **3%**:
        - indented item
    \`);
    st.caption("   padded   ");
    st.text("\\tline one\\n\\tline two");
    st.info(\`
        Note
        two lines\`);
    st.write(\`
      # From st.write\`);
  `).run();
  expect(at.markdown[0]!.value).toBe("## Sales for EU\n\nUp **3%**:\n  - indented item");
  expect(at.caption[0]!.value).toBe("padded");
  expect(at.text[0]!.value).toBe("line one\nline two");
  expect(at.info[0]!.value).toBe("Note\ntwo lines");
  expect(at.markdown[1]!.value).toBe("# From st.write");
});

test("dedent takes only the margin all lines share, tabs and spaces told apart, as Python's does", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.text("  a\\n    b\\n\\n  c");
    st.text("\\t a\\n  b");
    st.text("  a\\n   \\n  b");
  `).run();
  // The blank line of spaces becomes empty; mixed tab/space margins share nothing.
  expect(at.text.map((t) => t.value)).toEqual(["a\n  b\n\nc", "a\n  b", "a\n\nb"]);
});
