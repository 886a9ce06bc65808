// Streamlit 1.50's widget identity with a key: most widgets are their key (and a few
// parameters), so a keyed widget keeps its value when its default or options change; the
// widgets 1.50 has not moved (st.radio, st.slider) are still new widgets then.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

const app = `
  import * as st from "rivulet";
  const v2 = st.checkbox("v2");
  const name = st.textInput("Name", { key: "name", value: v2 ? "B" : "A" });
  const size = st.selectbox("Size", v2 ? ["S", "M"] : ["S", "M", "L"], { key: "size" });
  const pick = st.radio("Pick", ["x", "y", "z"], { key: "pick", index: v2 ? 1 : 0 });
  st.text(\`\${name} \${size} \${pick}\`);
`;

test("a keyed text input or selectbox keeps the user's value when its default or options change; a keyed radio starts again", async () => {
  const at = await AppTest.fromString(app).run();
  expect(at.text[0]!.value).toBe("A S x");
  at.textInput[0]!.input("mine");
  at.selectbox[0]!.select("M");
  await at.radio[0]!.select("z").run();
  expect(at.text[0]!.value).toBe("mine M z");
  await at.checkbox[0]!.check().run();
  // The radio's new index makes it a new widget, at its default (y); the others keep the user's.
  expect(at.text[0]!.value).toBe("mine M y");
});

test("a keyed selectbox whose options no longer hold the user's choice starts from its default", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const few = st.checkbox("few");
    st.text(String(st.selectbox("Size", few ? ["S"] : ["S", "M", "L"], { key: "size" })));
  `).run();
  await at.selectbox[0]!.select("L").run();
  expect(at.text[0]!.value).toBe("L");
  await at.checkbox[0]!.check().run();
  expect(at.text[0]!.value).toBe("S");
  expect(at.sessionState.size).toBe("S");
});
