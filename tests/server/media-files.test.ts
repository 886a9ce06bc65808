// The server's media files: kept once for every session that shows one, gone when the last
// releases it or ends; served with ranges as browsers ask for them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MediaFiles, parseRange, serveMedia } from "@rivulet/server";

describe("MediaFiles", () => {
  it("keeps a file while any session holds it", () => {
    const files = new MediaFiles();
    files.put(1, "a.png", "image/png", new Uint8Array([1, 2]));
    files.put(2, "a.png", "image/png", new Uint8Array([1, 2]));
    files.release(1, ["a.png"]);
    expect(files.get("a.png")?.mime).toBe("image/png");
    files.dropOwner(2);
    expect(files.get("a.png")).toBeUndefined();
    expect(files.usage).toEqual({ files: 0, bytes: 0 });
  });

  it("holds a request for a file it expects until its bytes come; says none when it is released or they never come", async () => {
    const files = new MediaFiles();
    files.expect(1, "b1-3.png");
    const waiting = files.whenReady("b1-3.png", 5_000);
    files.put(1, "b1-3.png", "image/png", new Uint8Array([1, 2, 3]));
    expect((await waiting)?.bytes).toEqual(new Uint8Array([1, 2, 3]));
    files.expect(1, "b2-1.png");
    const released = files.whenReady("b2-1.png", 5_000);
    files.dropOwner(1);
    expect(await released).toBeUndefined();
    files.expect(2, "b3-1.png");
    expect(await files.whenReady("b3-1.png", 20)).toBeUndefined();
    expect(await files.whenReady("never.png", 5_000)).toBeUndefined();
  });
});

describe("parseRange", () => {
  it("reads a first range, a suffix, an open end, and refuses what lies past the file", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual([0, 9]);
    expect(parseRange("bytes=90-", 100)).toEqual([90, 99]);
    expect(parseRange("bytes=-5", 100)).toEqual([95, 99]);
    expect(parseRange("bytes=50-500", 100)).toEqual([50, 99]);
    expect(parseRange("bytes=0-1, 5-6", 100)).toEqual([0, 1]);
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=9-2", 100)).toBe("unsatisfiable");
    expect(parseRange("items=0-1", 100)).toBeNull();
  });
});

describe("serveMedia", () => {
  const files = new MediaFiles();
  let url = "";
  const server = createServer((req, res) => serveMedia(req, res, files, (req.url ?? "").slice(1)));
  beforeAll(async () => {
    files.put(1, "abc.svg", "image/svg+xml", new TextEncoder().encode("<svg/>"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves an SVG so that it can never run a script, and HEAD without a body", async () => {
    const got = await fetch(`${url}abc.svg`);
    expect(got.headers.get("content-security-policy")).toBe("script-src 'none'; sandbox");
    expect(await got.text()).toBe("<svg/>");
    const head = await fetch(`${url}abc.svg`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length"), await head.text()]).toEqual([200, "6", ""]);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await fetch(`${url}nope.png`)).status).toBe(404);
    expect((await fetch(`${url}..%2Fetc.png`)).status).toBe(404);
  });
});
