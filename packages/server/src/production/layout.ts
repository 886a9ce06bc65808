// What `vite build` (or `rivulet build`) writes and the production server reads: one folder that
// holds everything the app needs to run but the npm packages the script itself imports.
//
//   dist/server.js           node dist/server.js [--port N] ... (or rivulet serve dist)
//   dist/rivulet.json        the manifest below
//   dist/package.json        {"type":"module"}
//   dist/server/             the compiled app, the production server and the session worker,
//                            sharing one runtime (chunks/); never served
//   dist/client/             the page: index.html and hashed assets, each with .gz and .br

export const DIST = {
  entry: "server.js",
  manifest: "rivulet.json",
  app: "server/app.js",
  production: "server/production.js",
  worker: "server/worker.js",
  client: "client/",
} as const;

export interface Manifest {
  /** Bumped when the layout changes in a way an older server cannot read. */
  version: 1;
  /** The app's name as pages show it (the script's file name without extension). */
  appName: string;
  /** The script as its stack frames name it (relative to the project root). */
  appFile: string;
}

export const MANIFEST_VERSION = 1;
