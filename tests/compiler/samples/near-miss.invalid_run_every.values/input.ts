import * as st from "rivulet";
st.fragment(() => st.write(1), { runEvery: 1.5 });
st.fragment(() => st.write(2), { runEvery: "500ms" });
st.fragment(() => st.write(3), { runEvery: " 1.5 m " });
st.fragment(() => st.write(4), { runEvery: "1d" });
st.fragment(() => st.write(5), { runEvery: "30" });
st.fragment(() => st.write(6), { runEvery: null });
const every = Number("2");
st.fragment(() => st.write(7), { runEvery: every });
