// What a file uploader returns for each file (Streamlit's UploadedFile, in the form of a web
// File): its name, type and size, and its bytes, read synchronously (the upload is over before
// the run that sees it starts), as a string, an ArrayBuffer or a stream.

import type { UploadedBytes } from "../../session/uploads.ts";

export class UploadedFile {
  /** The upload's id: the same file uploaded again is another. */
  readonly fileId: string;
  readonly name: string;
  /** Its MIME type, as the browser said it ("" when it did not know). */
  readonly type: string;
  readonly size: number;
  readonly #bytes: Uint8Array;

  constructor(file: UploadedBytes) {
    this.fileId = file.id;
    this.name = file.name;
    this.type = file.type;
    this.size = file.bytes.byteLength;
    this.#bytes = file.bytes;
  }

  /** Its bytes (Streamlit's `getvalue()`); a copy: changing it changes nothing else. */
  bytes(): Uint8Array {
    return this.#bytes.slice();
  }

  /** Its bytes as UTF-8 text. */
  text(): string {
    return new TextDecoder().decode(this.#bytes);
  }

  arrayBuffer(): ArrayBuffer {
    return this.#bytes.slice().buffer;
  }

  stream(): ReadableStream<Uint8Array> {
    const bytes = this.#bytes;
    return new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.byteLength; at += 65536) controller.enqueue(bytes.slice(at, at + 65536));
        controller.close();
      },
    });
  }

  toJSON(): { name: string; type: string; size: number } {
    return { name: this.name, type: this.type, size: this.size };
  }
}
