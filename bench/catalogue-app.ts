// The element catalogue's benchmark app: 1,000 elements, half widgets of the catalogue's kinds
// (50 of each of 10), half text. bench/catalogue.js changes one widget and measures.
import * as st from "rivulet";

const options = ["alpha", "beta", "gamma", "delta"];
let on = 0;
for (let i = 0; i < 50; i++) {
  if (st.toggle(`toggle ${i}`)) on++;
  st.selectbox(`selectbox ${i}`, options);
  st.multiselect(`multiselect ${i}`, options, { default: ["beta"] });
  st.radio(`radio ${i}`, options, { horizontal: true });
  st.numberInput(`number ${i}`, { value: i });
  st.textInput(`text ${i}`, { value: `value ${i}` });
  st.pills(`pills ${i}`, options);
  st.segmentedControl(`segmented ${i}`, options);
  st.colorPicker(`color ${i}`);
  st.checkbox(`checkbox ${i}`);
}
st.text(`toggles on: ${on}`);
for (let i = 0; i < 100; i++) {
  st.markdown(`**Line ${i}** with :blue[colour] and \`code\``);
  st.caption(`caption ${i}`);
  st.text(`text ${i}`);
  st.header(`header ${i}`);
  i === 99 ? st.divider() : st.subheader(`subheader ${i}`);
}
