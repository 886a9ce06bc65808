import * as st from "rivulet";
export default function run($rt) {
  const form = $rt.call("form.0", st, "form", "feedback");
  $rt.call("with.0", form, "with", () => {
    $rt.call("with.0/textInput.0", st, "textInput", "Comment");
    $rt.call("with.0/slider.0", st, "slider", "Rating", {
      minValue: 1,
      maxValue: 5
    });
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Send");
  });
}
