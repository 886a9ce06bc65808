// Nothing the compiler cannot be sure of: options or index from elsewhere, a spread that may
// replace the index, no options (which take any index), a non-integer (another error).
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("selectbox.0", st, "selectbox", "Size", sizes, {
    index: 5
  });
  $rt.call("selectbox.1", st, "selectbox", "Size", ["S", "M"], {
    index: chosen
  });
  $rt.call("selectbox.2", st, "selectbox", "Size", ["S", "M"], {
    index: 1 + 1
  });
  $rt.call("selectbox.3", st, "selectbox", "Size", [...sizes, "M"], {
    index: 3
  });
  $rt.call("selectbox.4", st, "selectbox", "Size", ["S", "M"], {
    index: 5,
    ...more
  });
  $rt.call("radio.0", st, "radio", "Plan", [], {
    index: 3
  });
  $rt.call("radio.1", st, "radio", "Plan", ["Free"], {
    index: null
  });
  const site = {
    selectbox: (label, options, o) => o.index
  };
  site.selectbox("Size", ["S"], {
    index: 4
  });
  try {
    $rt.call("radio.2", st, "radio", "Caught", ["a"], {
      index: 3
    });
  } catch (_error) {
    $rt.rethrow(_error);
    $rt.call("warning.0", st, "warning", "no such option");
  }
}
