import * as st from "rivulet";
import fs = require("node:fs");
st.text(String(fs.existsSync("data.csv")));
