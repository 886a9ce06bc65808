// Top-level await: what the run wrote so far is on the page while it waits, and
// st.runSignal() aborts the request when a newer input interrupts the run.
import * as st from "rivulet";

const city = st.textInput("City", { value: "Paris" }) ?? "";
const status = st.empty();
status.text(`Looking up ${city}…`);
const url = `https://wttr.in/${encodeURIComponent(city)}?format=3`;
const response = await fetch(url, { signal: st.runSignal() });
status.success(await response.text());
