import * as st from "rivulet";
namespace Settings {
  export let theme = "dark";
  export var size = 2;
}
const total = 1;
export = total;
