// Writes each built page file's gzip and brotli forms beside it (`index.js.gz`, `index.js.br`),
// once, when the page is built: `rivulet build` copies them into every app it builds (the
// production server sends them to browsers that take them) instead of compressing the same
// files again for each app. Brotli at its best quality takes seconds for the big lazy chunks
// (Plotly, pdf.js's worker), so they are compressed in parallel, on libuv's thread pool.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

/** What is worth compressing: text and WebAssembly, past a size where the header costs more than it saves. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|map|txt|wasm)$/;
const MIN_BYTES = 512;

const gzipped = promisify(gzip);
const brotlied = promisify(brotliCompress);

export function precompress(): Plugin {
  return {
    name: "rivulet:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      await Promise.all(
        Object.values(bundle).map(async (file) => {
          const source = Buffer.from(file.type === "chunk" ? file.code : file.source);
          if (!COMPRESSIBLE.test(file.fileName) || source.length < MIN_BYTES) return;
          const target = path.join(dir, file.fileName);
          const [gz, br] = await Promise.all([
            gzipped(source, { level: 9 }),
            brotlied(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
          ]);
          await Promise.all([writeFile(`${target}.gz`, gz), writeFile(`${target}.br`, br)]);
        }),
      );
    },
  };
}
