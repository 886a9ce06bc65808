// The parts of the st API the analysis knows by name: calls on what container functions return
// are st calls too (`const c = st.container(); c.text("x")`), and the checks need to tell
// widgets, forms and buttons apart.

import {
  REGISTRY_CONTAINER_ARRAYS,
  REGISTRY_CONTAINERS,
  REGISTRY_DATA_WRITERS,
  REGISTRY_IN_FORMS,
  REGISTRY_OUTSIDE_FORMS,
  REGISTRY_TRIGGERS,
  REGISTRY_WIDGETS,
} from "./st-api.generated.ts";

/**
 * Streamlit 1.50's st functions the element registry does not have yet, so that the checks
 * already know them: each moves to the registry (and off this list) when its element lands.
 * A test keeps the two apart (tests/compiler/st-api.test.ts).
 */
export const NOT_YET_IN_REGISTRY = {
  widgets: [],
  outsideForms: [],
  /** Streamlit's `writes_allowed=False` widgets: session state cannot set their value. */
  triggers: [],
  containers: [],
  containerArrays: [],
} as const;

/** st functions that return one container. */
export const CONTAINER_METHODS: ReadonlySet<string> = new Set([...REGISTRY_CONTAINERS, ...NOT_YET_IN_REGISTRY.containers]);
/** st functions that return an array of containers. */
export const CONTAINER_ARRAY_METHODS: ReadonlySet<string> = new Set([...REGISTRY_CONTAINER_ARRAYS, ...NOT_YET_IN_REGISTRY.containerArrays]);
/** st functions that take data: a module that calls them imports the data support (./data-writes.ts). */
export const DATA_WRITERS: ReadonlySet<string> = REGISTRY_DATA_WRITERS;
/** st namespace members that are containers (`st.sidebar.button(...)`). */
export const NAMESPACE_CONTAINERS = new Set(["sidebar"]);
/** Options whose function value is a widget callback. */
export const CALLBACK_OPTIONS = new Set(["onClick", "onChange", "onSubmit", "onSelect"]);
/** st functions that create a widget (an element with a value and an identity). */
export const WIDGET_METHODS: ReadonlySet<string> = new Set([...REGISTRY_WIDGETS, ...NOT_YET_IN_REGISTRY.widgets]);
/** Buttons that Streamlit refuses inside a form: only the form's submit button may be there. */
export const BUTTONS_OUTSIDE_FORMS: ReadonlySet<string> = new Set([...REGISTRY_OUTSIDE_FORMS, ...NOT_YET_IN_REGISTRY.outsideForms]);
/** Widgets whose value session state cannot set: `st.sessionState[key] = v` before one raises. */
export const VALUE_NOT_SETTABLE: ReadonlySet<string> = new Set([...REGISTRY_TRIGGERS, ...NOT_YET_IN_REGISTRY.triggers]);
/** The form's own buttons: only inside a form. */
export const SUBMIT_BUTTONS: ReadonlySet<string> = REGISTRY_IN_FORMS;
/**
 * st functions that make a function or an object and need no run: a module the app imports may
 * call them at its top level (checks/StCallAtModuleLevel.ts).
 */
export const MODULE_LEVEL_CALLS: ReadonlySet<string> = new Set(["cacheData", "cacheResource", "fragment", "dialog", "Page", "connection"]);
/** The module users import. */
export const RIVULET_MODULE = "rivulet";
/**
 * st namespace members that compiled code reads from its RunHandle (`$rt.sessionState`) instead
 * of the module: the module's proxies find their session through the current run, which code
 * that resumes outside `$rt.resume` (a `.then` callback) may not be.
 */
export const SESSION_BOUND_MEMBERS = new Set(["sessionState", "queryParams"]);
