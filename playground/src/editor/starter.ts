// The script the playground opens with: the first example of Streamlit's st.rerun page.
export const STARTER = `import * as st from "rivulet";

if (!("value" in st.sessionState)) st.sessionState.value = "Title";

st.header(st.sessionState.value);

if (st.button("Foo")) {
  st.sessionState.value = "Foo";
  st.rerun();
}
`;
