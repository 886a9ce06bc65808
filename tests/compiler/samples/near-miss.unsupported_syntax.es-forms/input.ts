import * as st from "rivulet";
import type Config = require("./config");
namespace Settings {
  export const theme = "dark";
  export function size() {
    return 2;
  }
}
declare namespace Ambient {
  let mutable: number;
}
enum Level { Low, High }
st.text(Settings.theme + Settings.size() + Level.High);
export default Settings;
