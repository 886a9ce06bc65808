// Nothing the compiler cannot be sure of: options or index from elsewhere, a spread that may
// replace the index, no options (which take any index), a non-integer (another error).
import * as st from "rivulet";
declare const sizes: string[];
declare const chosen: number;
declare const more: { index?: number };
st.selectbox("Size", sizes, { index: 5 });
st.selectbox("Size", ["S", "M"], { index: chosen });
st.selectbox("Size", ["S", "M"], { index: 1 + 1 });
st.selectbox("Size", [...sizes, "M"], { index: 3 });
st.selectbox("Size", ["S", "M"], { index: 5, ...more });
st.radio("Plan", [], { index: 3 });
st.radio("Plan", ["Free"], { index: null });
const site = { selectbox: (label: string, options: string[], o: { index: number }) => o.index };
site.selectbox("Size", ["S"], { index: 4 });
try {
  st.radio("Caught", ["a"], { index: 3 });
} catch {
  st.warning("no such option");
}
