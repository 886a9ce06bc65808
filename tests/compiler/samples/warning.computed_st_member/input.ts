import * as st from "rivulet";
const kind = Math.random() > 0.5 ? "header" : "subheader";
st[kind]("Sales");
