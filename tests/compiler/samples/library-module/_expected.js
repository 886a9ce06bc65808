import "rivulet/data";
import { ambientHandle as $rt, runHandle as $rtOf } from "rivulet/internal";
// A module of the app other than the entry: kept in place, exports and all; each outermost
// function takes the run it is called in, code outside every function has the ambient handle.
import * as st from "rivulet";
export const loadRows = $rt.call("1pfrdjq:cacheData.0", st, "cacheData", async table => [{
  table
}], undefined, {
  name: "loadRows",
  params: ["table"]
});
export function filters(label) {
  const $rt = $rtOf();
  for (const step of [1, 2]) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("1pfrdjq:filters/text.0", st, "text", `step ${step}`);
  }
  return $rt.call("1pfrdjq:filters/slider.0", st, "slider", label, {
    minValue: 0,
    maxValue: 10
  });
}
export const caption = text => {
  const $rt = $rtOf();
  return $rt.call("1pfrdjq:caption/caption.0", st, "caption", text);
};
export async function report(table) {
  const $rt = $rtOf();
  const rows = $rt.resume(await $rt.pause(loadRows(table)));
  $rt.call("1pfrdjq:report/write.0", st, "write", rows);
  $rt.call("1pfrdjq:report/button.0", st, "button", "Again", {
    onClick: () => {
      const $rt = $rtOf();
      return $rt.sessionState.again = true;
    }
  });
}
export default class Panel {
  render() {
    const $rt = $rtOf();
    $rt.call("1pfrdjq:render/header.0", st, "header", "Panel");
  }
}

// Not written with st.write: magic is the entry's only.
"no magic here";
const _$rtOf = "the module's own";
export { _$rtOf as $rtOf };
