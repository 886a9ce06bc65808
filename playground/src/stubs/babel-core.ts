// @babel/core in the compiler's worker: the compiler runs Babel's plugins itself
// (packages/compiler/src/phases/3-transform/babel-plugins.ts), and all the plugins take from
// core is what core re-exports of Babel's packages. Without it the worker loads none of core's
// options, config files and caches (~20 KB gzipped).
export * as types from "@babel/types";
export { default as template } from "@babel/template";
export { default as traverse } from "@babel/traverse";
