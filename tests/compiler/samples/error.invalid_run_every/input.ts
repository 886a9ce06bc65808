import * as st from "rivulet";
const clock = st.fragment(() => st.write(new Date().toISOString()), { runEvery: "2 parsecs" });
clock();
