// `import * as st from "rivulet"`: the st API, and nothing of the hosting machinery.
export * from "@rivulet/runtime/st";
