// A file's upload to the session's host (POST `_rivulet/upload/<token>`: server/src/media/
// uploadRequest.ts), for st.fileUploader, st.cameraInput and st.audioInput: the bytes go over
// HTTP, not the WebSocket; the answer names the file by id, which the widget's value then holds.
import type { NodeOf } from "../wire.ts";

export type Uploaded = NodeOf<"fileUploader">["value"][number];

/** Uploads `file` as `name`; `progress` hears of the bytes sent so far. */
export function uploadFile(url: string | null, file: Blob, name: string, progress?: (sent: number) => void): Promise<Uploaded> {
  if (url === null) return Promise.reject(new Error("not connected"));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("X-Rivulet-File-Name", encodeURIComponent(name));
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    if (progress) request.upload.onprogress = (event) => progress(event.loaded);
    request.onload = () => {
      let body: { id?: string; name?: string; type?: string; size?: number; error?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // An answer that is not JSON: said below.
      }
      if (request.status === 200 && typeof body.id === "string") resolve({ id: body.id, name: body.name ?? name, type: body.type ?? "", size: body.size ?? file.size });
      else reject(new Error(body.error ?? `the upload failed (${request.status})`));
    };
    request.onerror = () => reject(new Error("the upload failed: the server could not be reached"));
    request.send(file);
  });
}
