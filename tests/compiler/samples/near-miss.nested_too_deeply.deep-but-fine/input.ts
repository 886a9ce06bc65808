import * as st from "rivulet";
st.text(String([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]));
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
if (Math.random() > 0.5) {
st.text("deep");
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
