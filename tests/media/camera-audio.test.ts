// st.cameraInput and st.audioInput through AppTest: a photo or a recording is uploaded as the
// page uploads it and comes back as an UploadedFile; clearing it gives null again; a file of
// another kind is refused; session state cannot set them; audioInput's sample rate is checked.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe("st.cameraInput", () => {
  it("returns the photo taken as an UploadedFile, null before and after it is cleared", async () => {
    const at = await app(`
      const photo = st.cameraInput("Smile", { key: "cam", onChange: () => st.sessionState.changes = (st.sessionState.changes ?? 0) + 1 });
      st.json(photo === null ? null : { name: photo.name, type: photo.type, size: photo.size, head: [...photo.bytes().slice(0, 3)] });
      st.json(st.sessionState.changes ?? 0);
      if (photo !== null) st.image(photo);
    `).run();
    expect(at.json[0]!.value).toBeNull();
    await at.cameraInput[0]!.take({ bytes: JPEG }).run();
    expect(at.json[0]!.value).toEqual({ name: "image.jpg", type: "image/jpeg", size: JPEG.length, head: [0xff, 0xd8, 0xff] });
    expect(at.json[1]!.value).toBe(1);
    expect(at.mediaFile(at.image[0]!.value[0] as never)!.mime).toBe("image/jpeg");
    await at.cameraInput[0]!.clear().run();
    expect(at.json[0]!.value).toBeNull();
    expect(at.json[1]!.value).toBe(2);
  });

  it("refuses what is not an image, and session state setting it", async () => {
    const at = await app(`st.json(st.cameraInput("Smile")?.name ?? null);`).run();
    await at.cameraInput[0]!.take({ bytes: new Uint8Array(4), type: "text/plain", name: "notes.txt" }).run();
    expect(at.errors.join("\n")).toMatch(/"notes.txt" is not an image \(text\/plain\)/);
    expect(at.json[0]!.value).toBeNull();
    const set = await app(`
      const key = ["c", "am"].join("");
      st.sessionState[key] = null;
      st.cameraInput("Smile", { key });
    `).run();
    expect(set.exception[0]!.value).toMatch(/"cam".*cannot be set/s);
  });
});

describe("st.audioInput", () => {
  it("returns the recording as an UploadedFile, which st.audio plays", async () => {
    const wav = new Uint8Array([...new TextEncoder().encode("RIFF"), 0, 0, 0, 0, ...new TextEncoder().encode("WAVE")]);
    const at = await app(`
      const voice = st.audioInput("Say something", { sampleRate: 44100 });
      st.json(voice === null ? null : { name: voice.name, type: voice.type, size: voice.size });
      if (voice !== null) st.audio(voice);
    `).run();
    expect(at.audioInput[0]!.sampleRate).toBe(44100);
    await at.audioInput[0]!.record({ bytes: wav }).run();
    expect(at.json[0]!.value).toEqual({ name: "audio.wav", type: "audio/wav", size: wav.length });
    expect(at.mediaFile(at.audio[0]!.value as never)!.mime).toBe("audio/wav");
    await at.audioInput[0]!.clear().run();
    expect(at.json[0]!.value).toBeNull();
  });

  it("records at 16 kHz by default, at the microphone's own rate with null, and refuses other rates", async () => {
    const at = await app(`st.audioInput("a"); st.audioInput("b", { sampleRate: null });`).run();
    expect(at.audioInput.map((a) => a.sampleRate)).toEqual([16000, null]);
    const bad = await app(`st.audioInput("a", { sampleRate: 12345 as never });`).run();
    expect(bad.exception[0]!.value).toMatch(/sampleRate.*one of 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, or null/s);
  });
});
