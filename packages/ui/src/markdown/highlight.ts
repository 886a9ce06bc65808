// highlight.js with its common languages (Python, TypeScript, SQL, JSON, Bash, …): loaded the
// first time a code block needs it.
import hljs from "highlight.js/lib/common";

export const highlighter = hljs;
