import { mount } from "svelte";
import App from "./App.svelte";
import { socketUrl } from "./connection.ts";
import { Session } from "./session.svelte.ts";
import "./global.css";

const session = new Session(socketUrl(location, window.__RIVULET_WS__));
mount(App, { target: document.getElementById("app")!, props: { session } });
session.start();
