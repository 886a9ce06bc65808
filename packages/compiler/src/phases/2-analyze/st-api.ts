// The parts of the st API the analysis knows by name: calls on what container functions return
// are st calls too (`const c = st.container(); c.text("x")`), and the checks need to tell
// widgets, forms and buttons apart.

/** st functions that return one container. */
export const CONTAINER_METHODS = new Set(["container", "empty", "expander", "form", "popover", "status", "chatMessage"]);
/** st functions that return an array of containers. */
export const CONTAINER_ARRAY_METHODS = new Set(["columns", "tabs"]);
/** st namespace members that are containers (`st.sidebar.button(...)`). */
export const NAMESPACE_CONTAINERS = new Set(["sidebar"]);
/** Options whose function value is a widget callback. */
export const CALLBACK_OPTIONS = new Set(["onClick", "onChange", "onSubmit"]);
/** st functions that create a widget (an element with a value and an identity), Streamlit 1.50's list. */
export const WIDGET_METHODS = new Set([
  "audioInput",
  "button",
  "cameraInput",
  "chatInput",
  "checkbox",
  "colorPicker",
  "dataEditor",
  "dateInput",
  "downloadButton",
  "feedback",
  "fileUploader",
  "formSubmitButton",
  "multiselect",
  "numberInput",
  "pills",
  "radio",
  "segmentedControl",
  "selectSlider",
  "selectbox",
  "slider",
  "textArea",
  "textInput",
  "timeInput",
  "toggle",
]);
/** Buttons that Streamlit refuses inside a form: only the form's submit button may be there. */
export const BUTTONS_OUTSIDE_FORMS = new Set(["button", "downloadButton"]);
/** The form's own button. */
export const SUBMIT_BUTTON = "formSubmitButton";
/** The module users import. */
export const RIVULET_MODULE = "rivulet";
/**
 * st namespace members that compiled code reads from its RunHandle (`$rt.sessionState`) instead
 * of the module: the module's proxies find their session through the current run, which code
 * that resumes outside `$rt.resume` (a `.then` callback) may not be.
 */
export const SESSION_BOUND_MEMBERS = new Set(["sessionState", "queryParams"]);
