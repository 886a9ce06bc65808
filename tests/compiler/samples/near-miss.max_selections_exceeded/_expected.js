import * as st from "rivulet";
export default function run($rt) {
  const toppings = ["cheese", "ham", "olives"];
  $rt.call("multiselect.0", st, "multiselect", "Toppings", toppings, {
    default: ["cheese", "ham"],
    maxSelections: 2
  });
}
