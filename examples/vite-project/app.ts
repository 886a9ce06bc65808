import * as st from "rivulet";
import { greeting } from "./greeting.ts";

st.title("Rivulet in a Vite project");

const name = st.textInput("Your name", { value: "world" });
st.header(greeting(name));

const count = st.slider("How many rivulets?", { minValue: 1, maxValue: 10, value: 3 });
for (let i = 1; i <= count; i++) st.text(`${"~".repeat(i)} rivulet ${i}`);

if (!("clicks" in st.sessionState)) st.sessionState.clicks = 0;
if (st.button("Click me")) st.sessionState.clicks = Number(st.sessionState.clicks) + 1;
st.markdown(`Clicked **${String(st.sessionState.clicks)}** times this session.`);
