// Vitest global setup: the browser tests drive Debian's Chromium at /usr/bin/chromium and never
// download a browser. On a fresh machine it is absent: install it from Debian when this user
// may (root, or sudo without a password), or stop at once with the one command that does.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const sudo = installer();
  if (sudo === undefined) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}, and this user may not install it.\n` +
        `Install it with:  sudo apt-get install -y chromium\nthen run npm test again.`,
    );
  }
  process.stderr.write(`[rivulet tests] ${CHROMIUM} is missing: installing Debian's chromium (about 30 s)…\n`);
  const apt = (...args: string[]): void => {
    const [command, ...rest] = [...sudo, "apt-get", ...args];
    execFileSync(command!, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  apt("update", "-qq");
  apt("install", "-y", "-qq", "chromium");
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing.`);
}

/** How this user runs apt-get: directly as root, through sudo without a password, or not at all. */
function installer(): string[] | undefined {
  if (!hasCommand("apt-get")) return undefined;
  if (process.getuid?.() === 0) return [];
  if (hasCommand("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) return ["sudo", "-n"];
  return undefined;
}

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}
