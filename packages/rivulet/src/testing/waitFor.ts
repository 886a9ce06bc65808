// `at.waitFor(predicate)`: for what the session does on its own (a `runEvery` timer), with no
// `run()` to wait on. The predicate is checked now and after every message the session sends.

export class Watchers {
  private readonly watchers = new Set<() => void>();

  /** The session sent a message. */
  notify(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  /** Resolves once `predicate()` holds; rejects after `timeout` ms, saying `what` did not happen. */
  waitFor(predicate: () => boolean, timeout: number, what: string): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.watchers.delete(check);
      };
      const check = (): void => {
        let ok: boolean;
        try {
          ok = predicate();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (!ok) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`AppTest: ${what} did not hold within ${timeout} ms.`));
      }, timeout);
      this.watchers.add(check);
    });
  }
}
