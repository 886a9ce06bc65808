// The sales page: its title, icon and URL (/Sales) come from its file name.
import * as st from "rivulet";
import { regions } from "../regions.ts";

st.title("Sales");
const region = st.selectbox("Region", regions, { index: 0 }) ?? regions[0]!;
st.text(`Sales of ${region} for ${st.sessionState.name || "nobody yet"}`);
