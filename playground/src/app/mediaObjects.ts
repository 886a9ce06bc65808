// The session's media files on the app page: the bytes its worker sent, as object URLs, which the
// page's elements use where the server's page would fetch `_rivulet/media/<id>`.
import type { MediaFiles } from "../../../packages/ui/src/media/url.ts";

export class MediaObjects implements MediaFiles {
  readonly #urls = new Map<string, string>();

  put(id: string, mime: string, bytes: ArrayBuffer): void {
    this.release([id]);
    this.#urls.set(id, URL.createObjectURL(new Blob([bytes], { type: mime })));
  }

  release(ids: readonly string[]): void {
    for (const id of ids) {
      const url = this.#urls.get(id);
      if (url !== undefined) URL.revokeObjectURL(url);
      this.#urls.delete(id);
    }
  }

  url(id: string): string {
    // A file always comes before the patch that names it; an unknown one is a broken link, not a fetch.
    return this.#urls.get(id) ?? "about:blank";
  }

  /** An object URL downloads under the link's own `download` name. */
  download(id: string): string {
    return this.url(id);
  }
}
