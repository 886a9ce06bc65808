// `rivulet/node`: running scripts in a Node process without Vite (custom hosts, tools, bench).
export { loadScript, type LoadResult } from "@rivulet/server";
