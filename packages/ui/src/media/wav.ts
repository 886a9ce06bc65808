// A recording as a WAV file (16-bit PCM, one channel) at a sample rate, as Streamlit's audio
// input uploads it: the browser's recording (WebM/Opus from MediaRecorder) decoded, resampled by
// an OfflineAudioContext, and written with the 44-byte RIFF header by hand (the format is that
// header and the samples: a library would be larger than this).

/** The recording as WAV; `rate` null keeps the recording's own rate. */
export async function toWav(recording: Blob, rate: number | null): Promise<Blob> {
  const context = new AudioContext();
  try {
    const decoded = await context.decodeAudioData(await recording.arrayBuffer());
    const target = rate ?? decoded.sampleRate;
    const frames = Math.max(1, Math.ceil(decoded.duration * target));
    const offline = new OfflineAudioContext(1, frames, target);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return new Blob([encodeWav(rendered.getChannelData(0), target)], { type: "audio/wav" });
  } finally {
    void context.close();
  }
}

export function encodeWav(samples: Float32Array, rate: number): ArrayBuffer {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (at: number, word: string) => [...word].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // one channel
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return buffer;
}
