import * as st from "rivulet";
// The script's own `$rt`s are renamed: the run function's parameter keeps the name.
export default function run($rt) {
  const _$rt = 1;
  function twice(_$rt2) {
    return _$rt2 * 2;
  }
  $rt.call("text.0", st, "text", String(_$rt + twice(2)));
}
