import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { compile } from "@rivulet/compiler";
import { DIST, MANIFEST_VERSION, type Manifest } from "@rivulet/server/production";
import { uiDistDir } from "@rivulet/ui";
import { existsSync, readFileSync } from "node:fs";
import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";
import { isAppOnly, type RivuletOptions } from "../options.ts";
import { resolveOwnSpecifier } from "../own-packages.ts";
import { sortDiagnostics, toRollupError } from "../utils/diagnostics.ts";
import { listFiles } from "../utils/list-files.ts";
import { DIAGNOSTICS_FILE, diagnosticsPage } from "../server/diagnostics-page.ts";

/** Optional natives of `ws`, and Vite (which only the dev server's module runner loads). */
const NEVER_BUNDLED = ["bufferutil", "utf-8-validate", /^vite(\/|$)/];
/**
 * The packages bundled into a built app's server: ours, and what the runtime and the server
 * depend on (read from their package.json, so a new dependency is bundled without a change
 * here; not the compiler's: a built app is compiled already). The script's own npm imports
 * stay external.
 */
const BUNDLED: (string | RegExp)[] = [/^rivulet(\/|$)/, /^@rivulet\//, ...dependenciesOf("@rivulet/runtime", "@rivulet/server")];
/** Page files worth compressing, and the size below which it does not pay. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|map|txt|wasm)$/;
const MIN_COMPRESS_BYTES = 512;

/**
 * `vite build`. A project that is only a Rivulet app (`appOnly`: no index.html of its own) builds a folder
 * that runs as it is (production/layout.ts in @rivulet/server): the compiled app, the production
 * server and the session worker bundled together so they share one runtime, the page with every
 * file precompressed, `server.js` to start it, and a manifest. A project with its own page keeps
 * its client build; the script is compiled as a check and the app page is added under the
 * plugin's base. Either way an error diagnostic fails the build.
 */
export function buildPlugin(api: PluginAPI, options: RivuletOptions): Plugin {
  let serverBuild = false;
  let root = "";
  return {
    name: "rivulet:build",
    apply: "build",
    config(config) {
      root = path.resolve(config.root ?? process.cwd());
      serverBuild = isAppOnly(options, root) && !config.build?.ssr && !config.build?.rolldownOptions?.input;
      if (!serverBuild) return;
      return {
        build: {
          ssr: true,
          // For stack traces that point at the user's lines; the maps are in server/, never served.
          sourcemap: config.build?.sourcemap ?? true,
          rolldownOptions: {
            input: {
              app: path.resolve(root, options.entry),
              production: fileURLToPath(import.meta.resolve("@rivulet/server/production")),
              worker: fileURLToPath(import.meta.resolve("@rivulet/server/worker")),
            },
            external: NEVER_BUNDLED,
            output: { entryFileNames: "server/[name].js", chunkFileNames: "server/chunks/[name]-[hash].js" },
          },
        },
        ssr: { noExternal: BUNDLED, target: "node" },
      };
    },
    resolveId(id) {
      // The built app bundles the runtime this plugin runs with, wherever the script lives.
      if (!serverBuild) return null;
      const own = resolveOwnSpecifier(id);
      return own === undefined ? null : fileURLToPath(own);
    },
    async buildStart() {
      // A server build compiles the entry in rivulet:compile's transform; a client build never imports it.
      if (serverBuild) return;
      const { entryFile } = api.options;
      const script = path.relative(root, entryFile);
      this.warn(
        `this project has pages of its own, so \`vite build\` builds them and the app's page (under ${api.options.base}), not the app's server. ` +
          `Build the app to run it in production with \`rivulet build ${script} --out-dir dist-app\`, then \`node dist-app/server.js --base ${api.options.base}\` behind the same proxy.`,
      );
      this.addWatchFile(entryFile);
      const result = compile(await readFile(entryFile), { filename: entryFile, magic: api.options.magic });
      const { errors, warnings } = sortDiagnostics(result.diagnostics);
      for (const warning of warnings) this.warn(toRollupError(warning));
      const [first, ...rest] = errors;
      if (first) this.error(toRollupError(first, rest));
    },
    async generateBundle() {
      const prefix = serverBuild ? DIST.client : api.options.base.replace(/^\//, "");
      const pageFiles = await Promise.all((await listFiles(uiDistDir)).map(async (file) => ({ file, source: await readFile(path.join(uiDistDir, file)) })));
      pageFiles.push({ file: DIAGNOSTICS_FILE, source: Buffer.from(diagnosticsPage()) });
      // The page's files come with their gzip and brotli forms (the UI's build writes them once:
      // packages/ui/precompress.ts); what has none (the diagnostics page) is compressed here.
      const names = new Set(pageFiles.map(({ file }) => file));
      for (const { file, source } of pageFiles) {
        if (!serverBuild && /\.(gz|br)$/.test(file)) continue;
        this.emitFile({ type: "asset", fileName: `${prefix}${file}`, source });
        if (!serverBuild || !COMPRESSIBLE.test(file) || source.length < MIN_COMPRESS_BYTES || names.has(`${file}.br`)) continue;
        this.emitFile({ type: "asset", fileName: `${prefix}${file}.gz`, source: gzipSync(source, { level: 9 }) });
        this.emitFile({
          type: "asset",
          fileName: `${prefix}${file}.br`,
          source: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
        });
      }
      if (!serverBuild) return;
      const entryFile = api.options.entryFile;
      const manifest: Manifest = {
        version: MANIFEST_VERSION,
        appName: path.basename(entryFile).replace(/\.[^.]+$/, ""),
        appFile: path.relative(root, entryFile).split(path.sep).join("/"),
      };
      this.emitFile({ type: "asset", fileName: DIST.manifest, source: `${JSON.stringify(manifest, null, 2)}\n` });
      this.emitFile({ type: "asset", fileName: "package.json", source: `${JSON.stringify({ type: "module", private: true }, null, 2)}\n` });
      this.emitFile({ type: "asset", fileName: DIST.entry, source: SERVER_ENTRY });
    },
  };
}

/** dist/server.js: starts the built app (`node dist/server.js --help`). */
const SERVER_ENTRY = `#!/usr/bin/env node
// Serves this built Rivulet app: node server.js [options]; node server.js --help lists them.
import { fileURLToPath } from "node:url";
import { main } from "./${DIST.production}";

process.exitCode = await main(process.argv.slice(2), fileURLToPath(new URL(".", import.meta.url)));
`;

/**
 * The npm packages our `packages` run on, with theirs (a built server has no node_modules), but
 * for our own packages.
 */
function dependenciesOf(...packages: string[]): string[] {
  const found = new Set<string>();
  // Each package's folder: the entry's dist/index.js is two folders in.
  const queue = packages.map((name) => path.dirname(path.dirname(fileURLToPath(import.meta.resolve(name)))));
  for (let folder = queue.shift(); folder !== undefined; folder = queue.shift()) {
    const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (name.startsWith("@rivulet/") || found.has(name)) continue;
      found.add(name);
      const installed = packageFolder(name, folder);
      if (installed !== null) queue.push(installed);
    }
  }
  return [...found].filter((name) => !NEVER_BUNDLED.includes(name));
}

/** Where Node finds package `name` from `folder`: the nearest node_modules/<name> up the tree. */
function packageFolder(name: string, folder: string): string | null {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}
