"a string first in a file is a directive: not written, as Streamlit leaves a module docstring";

import "rivulet/data";
export default function run($rt) {
  $rt.call("write.0", undefined, $rt.write, `# A script that never imports rivulet`);
  const rows = [1, 2, 3];
  $rt.call("write.1", undefined, $rt.write, rows);
  $rt.call("write.2", undefined, $rt.write, `${rows.length} rows`);
}
