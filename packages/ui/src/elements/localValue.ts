/**
 * The value a widget holds on the page while the server has not caught up: being edited
 * (`sentAt: null`, e.g. a slider mid-drag or text not yet applied), or sent when the page had
 * seen `sentAt` runs start.
 */
export interface Local<T> {
  value: T;
  sentAt: number | null;
}

/**
 * What a widget shows: the user's value while it is being edited or its event is in flight,
 * the server's once a run started after the event has finished (the server has answered it).
 */
export function shownValue<T>(local: Local<T> | null, server: T, runsFinished: number): T {
  if (local && (local.sentAt === null || runsFinished <= local.sentAt)) return local.value;
  return server;
}
