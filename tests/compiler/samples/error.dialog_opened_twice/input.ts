import * as st from "rivulet";
const confirm = st.dialog("Confirm", (item: string) => {
  st.write(`Delete ${item}?`);
});
confirm("a.txt");
confirm("b.txt");
