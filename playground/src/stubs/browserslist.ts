// browserslist in the compiler's worker: Babel's targets resolution imports it, and with no
// `targets` and config files ignored (the compiler's options, and Babel's browser build) it
// never calls it. This stands in for it and its browser data (~40 KB of the worker).
function browserslist(): never {
  throw new Error("browserslist is not in the playground: the compiler gives Babel no targets");
}
browserslist.findConfigFile = (): undefined => undefined;
browserslist.loadConfig = (): undefined => undefined;

export default browserslist;
