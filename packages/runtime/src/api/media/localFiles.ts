// Reading a file the script names by path (st.image("chart.png")): only a host on a machine
// with files has a reader, and installs it (server/media/install.ts, for session threads and
// AppTest); the runtime's core imports nothing of Node.

export type FileReader = (path: string) => Uint8Array;

let reader: FileReader | null = null;

export function useLocalFiles(read: FileReader): void {
  reader = read;
}

/** The file's bytes, or why they cannot be read, in words. */
export function readLocalFile(path: string): Uint8Array | string {
  if (reader === null) return "this host has no files to read (give a URL or the bytes)";
  try {
    return reader(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === "ENOENT" ? `there is no file ${JSON.stringify(path)}` : `the file ${JSON.stringify(path)} cannot be read (${(error as Error).message})`;
  }
}
