import "rivulet/data";
import * as st from "rivulet";
import { button } from "rivulet";
export default function run($rt) {
  var Level = /*#__PURE__*/function (Level) {
    Level[Level["Low"] = 0] = "Low";
    Level["High"] = "high";
    return Level;
  }(Level || {});
  class Shape {
    constructor(sides) {
      this.sides = sides;
    }
  }
  const rows = [{
    name: "a",
    score: 1
  }];
  const opts = {
    type: "primary"
  };
  const node = null;
  const total = rows.reduce((sum, r) => sum + (r.score ?? 0), 0);
  $rt.call("write.0", st, "write", total);
  $rt.call("text.0", st, "text", `${Level.High} ${node}`);
  $rt.call("button.0", undefined, button, "ok", opts);
  function label(row) {
    return row.name;
  }
  $rt.call("text.1", st, "text", label(rows[0]));
}
