// st.echo gets the source of the function it runs, dedented, after its options.
import * as st from "rivulet";
import { echo } from "rivulet";

st.echo(() => {
  // Comments and types are shown as written.
  const total: number = 6 * 7;
  st.write("Total:", total);
}, { codeLocation: "below" });

function chart() {
  st.text("a function of this file, by name");
}
st.echo(chart);
await echo(async () => st.text(await Promise.resolve("an expression body")));

declare const elsewhere: () => void;
st.echo(elsewhere); // no source: the runtime says why
