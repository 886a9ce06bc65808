import * as st from "rivulet";
// The script's own `$rt`s are renamed: the run function's parameter keeps the name.
const $rt = 1;
function twice($rt: number) {
  return $rt * 2;
}
st.text(String($rt + twice(2)));
