import * as st from "rivulet";
import { renderFields } from "./fields.ts";
// Each form here may get its submit button from code the compiler does not follow.
const passed = st.form("passed");
addSubmit(passed);
const imported = st.form("imported");
imported.with(() => renderFields());
const body = st.form("body");
body.with(renderFields);
const helper = st.form("helper");
helper.with(() => submitRow());
const nested = st.form("nested");
const [col] = nested.columns(1);
addSubmit(col);
const unbound = st.form("unbound").container();
function addSubmit(c: any) {
  c.formSubmitButton("Go");
}
function submitRow() {
  st.formSubmitButton("Go");
}
