import * as st from "rivulet";
try {
  if (st.button("Stop")) st.stop();
} catch (error) {
  if (!(error instanceof SyntaxError)) throw error;
  st.text("bad input");
}
try {
  JSON.parse("{}");
} catch {
  st.rerun();
} finally {
  st.text("done");
}
try {
  st.button("Later", { onClick: () => st.rerun() });
} catch {
  st.text("no");
}
try {
  st.text("a");
} finally {
  st.stop();
}
