// How a busy run learns that something needs its thread. Every checkpoint reads `flag`; when it
// is raised, the checkpoint calls `attend()`. A session on its own raises its own flag to halt
// its run; a Worker host shares one flag among its sessions, raised by the main thread when
// messages arrive, and its `attend()` takes them in (serving other sessions from inside a
// loop that would otherwise hold the thread).

export interface Attention {
  readonly flag: Int32Array;
  /** Deals with whatever raised the flag, and lowers it. */
  attend(): void;
}

export function ownAttention(): Attention {
  const flag = new Int32Array(1);
  return {
    flag,
    attend() {
      flag[0] = 0;
    },
  };
}
