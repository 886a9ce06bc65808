import "rivulet/data";
import * as st from "rivulet";
// A literal member is read like a dotted one; computed keys of session state are its own.
export default function run($rt) {
  $rt.call("header.0", st, "header", "Sales");
  st[`text`]("by region");
  const key = "region";
  $rt.sessionState[key] ??= "EU";
  $rt.call("text.0", st, "text", String($rt.queryParams[key] ?? $rt.sessionState[key]));
}
