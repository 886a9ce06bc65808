// st.image, st.audio and st.video through AppTest: URLs go to the page as they are; bytes, SVG
// strings and files become media files of the session's host, typed by their first bytes, the
// format given or their extension, kept once, and released when no element shows them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string, options = {}) => AppTest.fromString(`import * as st from "rivulet";\n${body}`, options);
// The smallest PNG: one transparent pixel.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const dir = mkdtempSync(path.join(tmpdir(), "rivulet-media-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("st.image", () => {
  it("keeps a URL as it is, and serves bytes and SVG as files of the session", async () => {
    const at = await app(`
      const png = Uint8Array.from(atob("${PNG}"), (c) => c.charCodeAt(0));
      st.image("https://example.com/a.png", { caption: "remote" });
      st.image(png, { width: 200 });
      st.image('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      st.image([png, png.buffer], { caption: ["one", "two"], width: "stretch" });
    `).run();
    const [remote, bytes, svg, two] = at.image;
    expect(remote!.value).toEqual(["https://example.com/a.png"]);
    expect(remote!.images[0]!.caption).toBe("remote");
    const file = at.mediaFile(bytes!.value[0]!)!;
    expect(file.mime).toBe("image/png");
    expect(Buffer.from(file.bytes).toString("base64")).toBe(PNG);
    expect(bytes!.width).toBe(200);
    expect(at.mediaFile(svg!.value[0]!)!.mime).toBe("image/svg+xml");
    // The same bytes are one file.
    expect(two!.value[0]).toEqual(bytes!.value[0]);
    expect(two!.value[1]).toEqual(bytes!.value[0]);
    expect((bytes!.value[0] as { $media: string }).$media).toMatch(/\.png$/);
  });

  it("reads a file by its path; says so when there is none", async () => {
    writeFileSync(path.join(dir, "dot.png"), Buffer.from(PNG, "base64"));
    const at = await app(`st.image(${JSON.stringify(path.join(dir, "dot.png"))}); st.image("missing.png");`).run();
    expect(at.mediaFile(at.image[0]!.value[0]!)!.mime).toBe("image/png");
    expect(at.exception[0]!.value).toMatch(/st\.image.*a file that exists: there is no file "missing\.png"/);
  });

  it("refuses captions that do not match the images, and what is not an image", async () => {
    for (const [call, message] of [
      [`st.image(["https://a/1.png", "https://a/2.png"], { caption: ["one"] })`, /one caption per image \(2\)/],
      [`st.image(42 as never)`, /a URL, a file path, the bytes/],
      [`st.image([])`, /a non-empty array/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });

  it("releases the files no element shows any longer", async () => {
    const at = await app(`
      const n = st.slider("n", { minValue: 1, maxValue: 3 });
      st.image(new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]));
    `).run();
    const first = at.image[0]!.value[0]!;
    await at.slider[0]!.setValue(2).run();
    // AppTest checks after every run that the host keeps exactly the files the page names, and
    // those the run before named (kept one run more, for a download that reruns the app).
    expect(at.image[0]!.value[0]).not.toEqual(first);
    expect(at.mediaFile(first)!.mime).toBe("image/png");
    await at.slider[0]!.setValue(3).run();
    expect(() => at.mediaFile(first)).toThrow(/serves no media/);
  });
});

describe("st.audio and st.video", () => {
  it("serve files with the format given, or the one their bytes say, with start, end and loop", async () => {
    const at = await app(`
      const wav = new Uint8Array(44); wav.set([82, 73, 70, 70], 0); wav.set([87, 65, 86, 69], 8);
      st.audio(wav, { startTime: "1s", endTime: 3, loop: true });
      st.audio(new Uint8Array([1, 2, 3]), { format: "audio/ogg", autoplay: true });
      st.video("https://example.com/clip.mp4", { muted: true, width: 300 });
    `).run();
    const [wav, ogg] = at.audio;
    expect(at.mediaFile(wav!.value)!.mime).toBe("audio/wav");
    expect([wav!.startTime, wav!.endTime, wav!.loop]).toEqual([1, 3, true]);
    expect(at.mediaFile(ogg!.value)!.mime).toBe("audio/ogg");
    expect(ogg!.autoplay).toBe(true);
    expect([at.video[0]!.value, at.video[0]!.muted, at.video[0]!.width]).toEqual(["https://example.com/clip.mp4", true, 300]);
  });

  it("turns SRT subtitles into WebVTT files, one per label; a YouTube URL is YouTube's player", async () => {
    const at = await app(`
      st.video("https://example.com/clip.mp4", { subtitles: { English: "1\\n00:00:01,000 --> 00:00:02,500\\nHello\\n", Deutsch: "WEBVTT\\n\\n00:01.000 --> 00:02.000\\nHallo\\n" } });
      st.video("https://youtu.be/aqz-KE-bpKQ", { startTime: 30 });
    `).run();
    const [clip, youtube] = at.video;
    expect(clip!.subtitles!.map((s) => s.label)).toEqual(["English", "Deutsch"]);
    const english = at.mediaFile(clip!.subtitles![0]!.src)!;
    expect(english.mime).toBe("text/vtt");
    expect(new TextDecoder().decode(english.bytes)).toBe("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello\n");
    expect([youtube!.value, youtube!.youtube, youtube!.startTime]).toEqual(["https://www.youtube.com/embed/aqz-KE-bpKQ", true, 30]);
  });

  it("refuses an end before the start, and a format that is not a MIME type", async () => {
    for (const [call, message] of [
      [`st.audio("https://a/b.wav", { startTime: 5, endTime: 2 })`, /endTime.*a time after startTime \(5 s\)/],
      [`st.video("https://a/b.mp4", { format: "mp4" })`, /format.*a MIME type/],
      [`st.audio("https://a/b.wav", { startTime: "soon" })`, /startTime.*seconds/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});
