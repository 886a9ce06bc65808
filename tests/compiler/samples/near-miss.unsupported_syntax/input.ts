import * as st from "rivulet";
import fs from "node:fs";
st.text(String(fs.existsSync("data.csv")));
