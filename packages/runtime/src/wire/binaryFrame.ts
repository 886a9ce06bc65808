// Data too big for JSON (a dataframe's Arrow IPC) goes to the page in binary WebSocket frames,
// beside the JSON text frames of the protocol: the node names the data by id (`{ $data: id }`,
// dataRef.ts), and its frame comes before the patch that first names it. A frame is the length
// of its header (4 bytes, little-endian), the header (UTF-8 JSON), then the bytes themselves,
// so a page reads the bytes in place, without copying them.

/** What a binary frame's header says. */
export interface BinaryHeader {
  type: "data";
  /** The data's id: a hash of its bytes, so the same data is sent once. */
  id: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A frame for `bytes`, laid out in one buffer (a socket sends it as it is). */
export function encodeDataFrame(id: string, bytes: Uint8Array): Uint8Array {
  const header = encoder.encode(JSON.stringify({ type: "data", id } satisfies BinaryHeader));
  const frame = new Uint8Array(4 + header.byteLength + bytes.byteLength);
  new DataView(frame.buffer).setUint32(0, header.byteLength, true);
  frame.set(header, 4);
  frame.set(bytes, 4 + header.byteLength);
  return frame;
}

/** A frame's header and its bytes (a view into `frame`), or why it is not one. */
export function decodeDataFrame(frame: ArrayBuffer | Uint8Array): { header: BinaryHeader; bytes: Uint8Array } | string {
  const view = frame instanceof Uint8Array ? frame : new Uint8Array(frame);
  if (view.byteLength < 4) return "a binary frame shorter than its header's length";
  const length = new DataView(view.buffer, view.byteOffset, view.byteLength).getUint32(0, true);
  if (4 + length > view.byteLength) return "a binary frame whose header runs past its end";
  let header: unknown;
  try {
    header = JSON.parse(decoder.decode(view.subarray(4, 4 + length)));
  } catch {
    return "a binary frame whose header is not JSON";
  }
  const { type, id } = (header ?? {}) as Record<string, unknown>;
  if (type !== "data" || typeof id !== "string" || id === "") return "a binary frame whose header is not { type: \"data\", id }";
  return { header: { type, id }, bytes: view.subarray(4 + length) };
}
