import "rivulet/data";
// st.echo gets the source of the function it runs, dedented, after its options.
import * as st from "rivulet";
import { echo } from "rivulet";
export default async function run($rt) {
  $rt.call("echo.0", st, "echo", () => {
    // Comments and types are shown as written.
    const total = 6 * 7;
    $rt.call("echo.0/write.0", st, "write", "Total:", total);
  }, {
    codeLocation: "below"
  }, "// Comments and types are shown as written.\nconst total: number = 6 * 7;\nst.write(\"Total:\", total);");
  function chart() {
    $rt.call("chart/text.0", st, "text", "a function of this file, by name");
  }
  $rt.call("echo.1", st, "echo", chart, undefined, "st.text(\"a function of this file, by name\");");
  $rt.resume(await $rt.pause($rt.call("echo.2", undefined, echo, async () => $rt.call("echo.2/text.0", st, "text", $rt.resume(await $rt.pause(Promise.resolve("an expression body")))), undefined, "st.text(await Promise.resolve(\"an expression body\"))")));
  $rt.call("echo.3", st, "echo", elsewhere); // no source: the runtime says why
}
