// Streamlit's startTime, endTime and loop on an <audio> or <video>: playback starts at startTime,
// stops at endTime, and with loop goes back to startTime there (the element's own `loop` knows
// only the file's end).
export interface Playback {
  startTime?: number | undefined;
  endTime?: number | undefined;
  loop?: true | undefined;
}

/** A Svelte attachment: `{@attach playback(node)}`. */
export function playback(options: Playback) {
  return (media: HTMLMediaElement) => {
    const start = options.startTime ?? 0;
    const seek = (): void => {
      if (start > 0) media.currentTime = start;
    };
    const tick = (): void => {
      if (options.endTime === undefined || media.currentTime < options.endTime) return;
      if (options.loop) {
        media.currentTime = start;
        void media.play().catch(() => undefined);
      } else media.pause();
    };
    // The file's end, with loop: back to startTime, not to 0.
    const ended = (): void => {
      if (!options.loop || start === 0) return;
      media.currentTime = start;
      void media.play().catch(() => undefined);
    };
    if (media.readyState >= 1) seek();
    media.addEventListener("loadedmetadata", seek);
    media.addEventListener("timeupdate", tick);
    media.addEventListener("ended", ended);
    return () => {
      media.removeEventListener("loadedmetadata", seek);
      media.removeEventListener("timeupdate", tick);
      media.removeEventListener("ended", ended);
    };
  };
}
