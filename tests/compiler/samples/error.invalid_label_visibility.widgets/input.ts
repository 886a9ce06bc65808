import * as st from "rivulet";
st.checkbox("Agree", { labelVisibility: "Hidden" as never });
st.slider("Volume", { labelVisibility: null as never });
st.selectbox("Size", ["S"], { labelVisibility: `gone` as never });
