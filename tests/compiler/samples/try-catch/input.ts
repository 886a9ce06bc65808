import * as st from "rivulet";
try {
  st.rerun();
} catch (e) {
  st.text(String(e));
}
try {
  JSON.parse("{");
} catch {
  st.text("bad json");
}
try {
  throw new Error("x");
} catch ({ message }: any) {
  st.text(message);
} finally {
  st.text("finally");
}
const safe = () => {
  try {
    return 1;
  } catch (error: unknown) {
    return error;
  }
};
safe();
