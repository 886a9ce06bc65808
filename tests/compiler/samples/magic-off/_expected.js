import "rivulet/data";
// With `magic: false`, bare expression statements stay as they are.
import * as st from "rivulet";
export default function run($rt) {
  const region = "EU";
  `## Sales for ${region}`;
  region;
  $rt.call("write.0", st, "write", region);
}
