import * as st from "rivulet";
const confirm = st.dialog("Confirm", (item: string) => {
  st.write(`Delete ${item}?`);
});
if (st.button("Delete a")) confirm("a.txt");
else if (st.button("Delete b")) confirm("b.txt");
