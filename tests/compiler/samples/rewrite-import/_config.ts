export default {
  options: {
    rewriteImport: (source: string) => (source === "rivulet" ? "file:///rt/rivulet.js" : source.replace(/\.ts$/, ".js")),
  },
};
