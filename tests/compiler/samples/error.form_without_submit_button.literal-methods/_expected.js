import * as st from "rivulet";
// Methods of literals, of a list of them and of a widget's value hold none of the script's code:
// the check sees that nothing here writes a submit button.
export default function run($rt) {
  const tags = ["urgent", "later"];
  const title = "Triage";
  const form = $rt.call("form.0", st, "form", "triage");
  $rt.call("with.0", form, "with", () => {
    const note = $rt.call("with.0/textInput.0", st, "textInput", "Note");
    $rt.call("with.0/caption.0", st, "caption", note.trim().toUpperCase());
    tags.forEach(tag => $rt.call("with.0/fn0/checkbox.0", st, "checkbox", title.toLowerCase() + " " + tag));
  });
}
