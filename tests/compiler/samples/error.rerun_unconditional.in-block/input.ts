import * as st from "rivulet";
const items = ["a", "b"];
for (const item of items) st.write(item);
{
  st.text("done");
  st.rerun();
}
