// `import rivulet from "rivulet/vite"`: the Vite plugin, under the name users install.
export { rivulet, rivulet as default, type RivuletOptions } from "@rivulet/vite-plugin";
