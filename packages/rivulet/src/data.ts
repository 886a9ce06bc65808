// `import "rivulet/data"`: the runtime's data support (Apache Arrow under st.dataframe and its
// kin). The compiler adds this import to each module that may write data; nothing to call.
import "@rivulet/runtime/data";
