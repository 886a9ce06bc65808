// The app page, in the playground's iframe: the server's page (the same Svelte App), its session
// in a worker of this page. The editor page posts each script that compiles; the session reruns
// with it and keeps its state.
import { mount } from "svelte";
import App from "../../../packages/ui/src/App.svelte";
import { Session } from "../../../packages/ui/src/session.svelte.ts";
import "../../../packages/ui/src/global.css";
import type { ScriptMessage } from "../messages.ts";
import { useMediaFiles } from "../../../packages/ui/src/media/url.ts";
import { HASH_ROUTES, usePageRoutes } from "../../../packages/ui/src/pageRoutes.ts";
import { MediaObjects } from "./mediaObjects.ts";
import { firstWorker, sessionWorker } from "./boot.ts";
import { WorkerTransport } from "./workerTransport.ts";

const media = new MediaObjects();
useMediaFiles(media);
// A static host has only app.html: a page of a multipage app is in its fragment, not a path.
usePageRoutes(HASH_ROUTES);
let booted: Worker | null = firstWorker;
/** The worker boot.ts started, then (a stuck one ended) a new one. */
const startWorker = (): Worker => {
  const worker = booted ?? sessionWorker();
  booted = null;
  return worker;
};
let transport: WorkerTransport | undefined;
const session = new Session(
  (handlers) =>
    (transport = new WorkerTransport(startWorker, handlers, {
      loadFailed: (message) => session.errors.push(`The script did not load: ${message}`),
      // The editor loads its compiler once the app has shown its first run.
      ran: () => parent.postMessage({ type: "appRan" }, location.origin),
      runErrors: (errors) => parent.postMessage({ type: "runErrors", errors }, location.origin),
      media,
    })),
);
mount(App, { target: document.getElementById("app")!, props: { session } });
session.start();

const ready = () => parent.postMessage({ type: "appReady" }, location.origin);
addEventListener("message", (event: MessageEvent<ScriptMessage | { type: "editorReady" }>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  if (event.data?.type === "script") transport!.runScript(event.data.script);
  else if (event.data?.type === "editorReady") ready();
});
// The editor sends scripts once it knows this page listens: told now, and again when it asks.
ready();
