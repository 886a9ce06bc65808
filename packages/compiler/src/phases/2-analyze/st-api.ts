// The parts of the st API whose results the compiler follows: calls on what they return are
// st calls too (`const c = st.container(); c.text("x")`).

/** st functions that return one container. */
export const CONTAINER_METHODS = new Set(["container", "empty", "expander", "form", "popover", "status", "chatMessage"]);
/** st functions that return an array of containers. */
export const CONTAINER_ARRAY_METHODS = new Set(["columns", "tabs"]);
/** st namespace members that are containers (`st.sidebar.button(...)`). */
export const NAMESPACE_CONTAINERS = new Set(["sidebar"]);
/** Options whose function value is a widget callback. */
export const CALLBACK_OPTIONS = new Set(["onClick", "onChange", "onSubmit"]);
/** The module users import. */
export const RIVULET_MODULE = "rivulet";
