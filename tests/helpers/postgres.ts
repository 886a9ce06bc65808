// A real PostgreSQL server for the tests that need one. `.ci/run` starts one and names it in
// RIVULET_TEST_POSTGRES_URL; otherwise (a plain `npm test`) this starts a throwaway cluster from
// Debian's binaries in a temporary folder, on a free port, and stops it afterwards. When the
// binaries are missing it installs Debian's postgresql if this user may (as the Chromium setup
// does), or fails with the one command that does.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../e2e/helpers/free-port.ts";

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const given = process.env.RIVULET_TEST_POSTGRES_URL;
  if (given !== undefined && given !== "") return { url: given, stop: async () => {} };
  const bin = binaries() ?? install();
  const dir = mkdtempSync(path.join(tmpdir(), "rivulet-pg-"));
  // PostgreSQL refuses to run as root: as root, the cluster is the postgres user's.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    execFileSync(file, argv, { stdio: ["ignore", "ignore", "pipe"] });
  };
  if (asRoot) chownSync(dir, uidOf("postgres"), gidOf("postgres"));
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "rivulet", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F`, "start"]);
  return {
    url: `postgresql://rivulet@127.0.0.1:${port}/postgres`,
    async stop() {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The folder of pg_ctl and initdb: Debian keeps them in /usr/lib/postgresql/<version>/bin. */
function binaries(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = version === undefined ? undefined : path.join(root, version, "bin");
  return bin !== undefined && existsSync(path.join(bin, "initdb")) ? bin : undefined;
}

function install(): string {
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo", "-n"] : undefined;
  if (sudo === undefined || spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status !== 0) {
    throw new Error("The PostgreSQL tests need Debian's PostgreSQL server.\nInstall it with:  sudo apt-get install -y postgresql\nthen run npm test again.");
  }
  process.stderr.write("[rivulet tests] PostgreSQL is missing: installing Debian's postgresql…\n");
  const apt = (...args: string[]): void => {
    const [command, ...rest] = [...sudo, "apt-get", ...args];
    execFileSync(command!, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  apt("update", "-qq");
  apt("install", "-y", "-qq", "postgresql");
  const bin = binaries();
  if (bin === undefined) throw new Error("apt-get installed postgresql, but no /usr/lib/postgresql/<version>/bin/initdb is there.");
  return bin;
}

function uidOf(user: string): number {
  return Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
}

function gidOf(user: string): number {
  return Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
}
