import * as st from "rivulet";
// Each form gets its submit button from a method the check cannot see through: it says nothing.
class Panel {
  submit(label: string) {
    st.formSubmitButton(label);
  }
}
const panel = new Panel();
const fromInstance = st.form("instance");
fromInstance.with(() => panel.submit("Save"));

function makeActions() {
  return { submit: () => st.formSubmitButton("Send") };
}
const actions = makeActions();
const fromFactory = st.form("factory");
fromFactory.with(() => actions.submit());

const frozen = Object.freeze({ submit: () => st.formSubmitButton("Go") });
const fromFrozen = st.form("frozen");
fromFrozen.with(() => frozen.submit());

const handlers = [() => st.formSubmitButton("Apply")];
const fromList = st.form("list");
fromList.with(() => handlers[0]!());

const buttons = { all: [{ add: () => st.formSubmitButton("Add") }] };
const fromNested = st.form("nested");
fromNested.with(() => buttons.all[0]!.add());
