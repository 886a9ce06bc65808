import * as st from "rivulet";
st.text("a");
st.text("b");
st.button("x");
function section(title: string) {
  st.header(title);
  st.text("body");
}
section("one");
const render = () => {
  st.text("arrow");
};
render();
[1, 2].forEach((i) => st.write(i));
[3].map((i) => st.write(i));
const obj = {
  draw() {
    st.text("method");
  },
};
obj.draw();
st.button("cb", { onClick: () => st.toast("hi") });
