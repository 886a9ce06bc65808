/// <reference types="vite/client" />
declare global {
  interface Window {
    /** Overrides the WebSocket URL the page connects to (absolute, or relative to the page). */
    __RIVULET_WS__?: string;
  }
}
export {};
