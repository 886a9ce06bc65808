"a string first in a file is a directive: not written, as Streamlit leaves a module docstring";
`# A script that never imports rivulet`;
const rows = [1, 2, 3];
rows;
`${rows.length} rows`;
