import * as st from "rivulet";
export default function run($rt) {
  let Settings;
  (function (_Settings) {
    const theme = _Settings.theme = "dark";
    function size() {
      return 2;
    }
    _Settings.size = size;
  })(Settings || (Settings = {}));
  var Level = /*#__PURE__*/function (Level) {
    Level[Level["Low"] = 0] = "Low";
    Level[Level["High"] = 1] = "High";
    return Level;
  }(Level || {});
  $rt.call("text.0", st, "text", Settings.theme + Settings.size() + Level.High);
  Settings;
}
