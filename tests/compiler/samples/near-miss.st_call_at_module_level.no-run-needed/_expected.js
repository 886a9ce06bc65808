import { ambientHandle as $rt, runHandle as $rtOf } from "rivulet/internal";
// What needs no run may stay at a module's top level; a field's initializer runs when an
// instance is made, in the run that makes it.
import * as st from "rivulet";
export const load = $rt.call("1pfrdjq:cacheData.0", st, "cacheData", n => n * 2, undefined, {
  name: "load",
  params: ["n"]
});
export const db = $rt.call("1pfrdjq:cacheResource.0", st, "cacheResource", () => ({
  open: true
}), undefined, {
  name: "db",
  params: []
});
export const panel = $rt.call("1pfrdjq:fragment.0", st, "fragment", () => {
  const $rt = $rtOf();
  return $rt.call("1pfrdjq:fragment.0/text.0", st, "text", "panel");
});
export const ask = $rt.call("1pfrdjq:dialog.0", st, "dialog", "Sure?")(() => {
  const $rt = $rtOf();
  return $rt.call("1pfrdjq:fn0/text.0", st, "text", "really");
});
export const orders = $rt.call("1pfrdjq:Page.0", st, "Page", () => {
  const $rt = $rtOf();
  return $rt.call("1pfrdjq:Page.0/text.0", st, "text", "orders");
}, {
  title: "Orders"
});
export const conn = $rt.call("1pfrdjq:connection.0", st, "connection", "sql");
export class Form {
  name = $rt.call("1pfrdjq:textInput.0", st, "textInput", "Name");
}
const label = $rt.sessionState;
