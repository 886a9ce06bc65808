import * as st from "rivulet";
const first = <T,>(xs: readonly T[]): T | undefined => xs[0];
st.write(first<string>(["a", "b"]) ?? "none");
