import * as st from "rivulet";
import { sessionState } from "rivulet";
export default function run($rt) {
  $rt.sessionState["send"] = false;
  $rt.sessionState.prompt = "hello";
  if ($rt.call("button.0", st, "button", "Send", {
    key: "send"
  })) $rt.call("write.0", st, "write", "sent");
  const prompt = $rt.call("chatInput.0", st, "chatInput", "Say something", {
    key: "prompt"
  });
  const form = $rt.call("form.0", st, "form", "f");
  $rt.sessionState.save = true;
  $rt.call("formSubmitButton.0", form, "formSubmitButton", "Save", {
    key: "save"
  });
}
