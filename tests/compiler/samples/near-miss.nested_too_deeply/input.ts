import * as st from "rivulet";
let nested: unknown[] = [];
for (let i = 0; i < 5000; i++) nested = [nested];
st.text(String(nested));
