// The upload endpoint: a file goes to the session its token names; one over the limit is refused
// before its bytes are read when it says its length, and as they pass the limit when it does not;
// a token no session has, a missing name or another method are refused with the reason.
import { createServer } from "node:http";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receiveUpload } from "@rivulet/server";

const delivered: { token: string; name: string; type: string; size: number }[] = [];
const server = createServer((req, res) =>
  receiveUpload(req, res, (req.url ?? "").slice(1), {
    maxBytes: 1000,
    deliver: (token, file) => {
      if (token !== "good") return false;
      delivered.push({ token, name: file.name, type: file.type, size: file.bytes.byteLength });
      return true;
    },
  }),
);
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Posts `body` in chunks; with `declare`, with its Content-Length (else chunked). */
function post(path: string, body: Buffer, headers: Record<string, string>, declare = true): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, method: "POST", headers: { ...headers, ...(declare ? { "Content-Length": String(body.length) } : {}) } }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", (error) => (declare ? reject(error) : resolve({ status: -1, body: String(error) })));
    for (let at = 0; at < body.length; at += 256) req.write(body.subarray(at, at + 256));
    req.end();
  });
}

describe("the upload endpoint", () => {
  it("hands a file to its session and names it", async () => {
    const answer = await post("/good", Buffer.from("hello"), { "X-Rivulet-File-Name": encodeURIComponent("héllo.txt"), "Content-Type": "text/plain" });
    expect(answer.status).toBe(200);
    const named = JSON.parse(answer.body);
    expect(named).toMatchObject({ name: "héllo.txt", type: "text/plain", size: 5 });
    expect(named.id).toMatch(/^[\w-]{16}$/);
    expect(delivered.at(-1)).toEqual({ token: "good", name: "héllo.txt", type: "text/plain", size: 5 });
  });

  it("refuses a file over the limit, declared or not", async () => {
    const before = delivered.length;
    const declared = await post("/good", Buffer.alloc(5000), { "X-Rivulet-File-Name": "big.bin" });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toMatch(/"big\.bin" is larger than the 1000 bytes a file may be/);
    const chunked = await post("/good", Buffer.alloc(5000), { "X-Rivulet-File-Name": "big.bin" }, false);
    expect([413, -1]).toContain(chunked.status);
    expect(delivered.length).toBe(before);
  });

  it("refuses an unknown session, a missing name, and a GET", async () => {
    expect((await post("/nobody", Buffer.from("x"), { "X-Rivulet-File-Name": "a.txt" })).status).toBe(404);
    expect((await post("/good", Buffer.from("x"), {})).status).toBe(400);
    const got = await fetch(`http://127.0.0.1:${port}/good`);
    expect(got.status).toBe(405);
  });
});
