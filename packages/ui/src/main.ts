import { mount } from "svelte";
import App from "./App.svelte";
import { Connection, socketUrl } from "./connection.ts";
import { queryOf, withQuery } from "./url.ts";
import { Session } from "./session.svelte.ts";
import "./global.css";

// The socket carries the page's query (`st.queryParams`), as it is at each (re)connection.
const session = new Session((handlers) => new Connection(() => withQuery(socketUrl(location, window.__RIVULET_WS__), queryOf(location.search)), handlers));
mount(App, { target: document.getElementById("app")!, props: { session } });
session.start();
// A page kept in the back-forward cache may come back: it reconnects then (and gets a new session).
addEventListener("pagehide", () => session.stop());
addEventListener("pageshow", (event) => event.persisted && session.start());
