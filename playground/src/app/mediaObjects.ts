// The session's media files on the app page: the bytes its worker sent, as object URLs, which the
// page's elements use where the server's page would fetch `_rivulet/media/<id>`.
//
// A Blob's bytes come after the patch that names them (the worker reads them once the st call
// has returned), and an object URL cannot be made to wait as the server holds a request: the map
// is reactive, so an element drawn before its file came draws again with the file's URL.
import { SvelteMap } from "svelte/reactivity";
import type { MediaFiles } from "../../../packages/ui/src/media/url.ts";

export class MediaObjects implements MediaFiles {
  readonly #urls = new SvelteMap<string, string>();

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
    // Not here yet (a Blob being read): an empty source loads nothing, until the file comes.
    return this.#urls.get(id) ?? "";
  }

  /** An object URL downloads under the link's own `download` name; a file not here yet, nothing (an empty link would save the page). */
  download(id: string): string {
    return this.#urls.get(id) ?? "about:blank";
  }
}
