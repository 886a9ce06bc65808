// The project's folder, where a SQL connection with no configuration keeps its SQLite file
// (`.rivulet/<name>.db`) and relative database paths start: the dev server's root, where a
// built app is started, AppTest's app folder. Set by the host of each thread.

let project = process.cwd();

export function setProjectDir(dir: string): void {
  project = dir;
}

export function projectDir(): string {
  return project;
}
