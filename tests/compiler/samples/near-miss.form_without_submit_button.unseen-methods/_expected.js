import * as st from "rivulet";
// Each form gets its submit button from a method the check cannot see through: it says nothing.
export default function run($rt) {
  class Panel {
    submit(label) {
      $rt.call("submit/formSubmitButton.0", st, "formSubmitButton", label);
    }
  }
  const panel = new Panel();
  const fromInstance = $rt.call("form.0", st, "form", "instance");
  $rt.call("with.0", fromInstance, "with", () => panel.submit("Save"));
  function makeActions() {
    return {
      submit: () => $rt.call("makeActions/submit/formSubmitButton.0", st, "formSubmitButton", "Send")
    };
  }
  const actions = makeActions();
  const fromFactory = $rt.call("form.1", st, "form", "factory");
  $rt.call("with.1", fromFactory, "with", () => actions.submit());
  const frozen = Object.freeze({
    submit: () => $rt.call("submit~2/formSubmitButton.0", st, "formSubmitButton", "Go")
  });
  const fromFrozen = $rt.call("form.2", st, "form", "frozen");
  $rt.call("with.2", fromFrozen, "with", () => frozen.submit());
  const handlers = [() => $rt.call("fn0/formSubmitButton.0", st, "formSubmitButton", "Apply")];
  const fromList = $rt.call("form.3", st, "form", "list");
  $rt.call("with.3", fromList, "with", () => handlers[0]());
  const buttons = {
    all: [{
      add: () => $rt.call("add/formSubmitButton.0", st, "formSubmitButton", "Add")
    }]
  };
  const fromNested = $rt.call("form.4", st, "form", "nested");
  $rt.call("with.4", fromNested, "with", () => buttons.all[0].add());
}
