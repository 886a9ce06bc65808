import * as st from "rivulet";
st.fragment(() => st.write(1), { runEvery: 0 });
st.fragment(() => st.write(2), { runEvery: -1 });
st.fragment(() => st.write(3), { runEvery: "0s" });
st.fragment(() => st.write(4), { runEvery: "1 fortnight" });
st.fragment(() => st.write(5), { runEvery: `.5s` });
