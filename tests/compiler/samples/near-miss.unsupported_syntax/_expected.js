import * as st from "rivulet";
import fs from "node:fs";
export default function run($rt) {
  $rt.call("text.0", st, "text", String(fs.existsSync("data.csv")));
}
