// The examples, each with its code compiled when the site was built (examplesModule.ts).
export { EXAMPLES, type Example } from "virtual:rivulet-examples";
