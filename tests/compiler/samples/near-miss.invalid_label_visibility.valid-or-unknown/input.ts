// Valid values, values from elsewhere, and st.chatInput, which has no label.
import * as st from "rivulet";
declare const visibility: "visible" | "hidden";
st.textInput("A", { labelVisibility: "visible" });
st.textInput("B", { labelVisibility: "hidden" });
st.textInput("C", { labelVisibility: visibility });
st.textInput("D", { labelVisibility: undefined });
st.chatInput("Say", { labelVisibility: "none" } as never);
st.text("not a widget", { labelVisibility: "none" } as never);
