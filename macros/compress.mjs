// Write precompressed .br and .gz copies of large files, for hosts that serve them as they are.
//
//   node macros/compress.mjs <cache dir> <file>...
//
// Brotli's best setting takes half a minute on Pyodide's 9.6 MB wasm, so results are cached by content
// hash: the pinned runtimes (which change only with an npm upgrade) get quality 11, files rebuilt from
// our own code whenever it changes get quality 9 (files named in BUILT_FROM_OUR_CODE).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import zlib from "node:zlib";

const BUILT_FROM_OUR_CODE = new Set(["python_stdlib.zip", "snapshot.bin", "search_index.json"]);
const [cacheDir, ...files] = process.argv.slice(2);
mkdirSync(cacheDir, { recursive: true });

function cached(key, make) {
  const path = join(cacheDir, key);
  if (!existsSync(path)) {
    writeFileSync(path + ".partial", make());
    renameSync(path + ".partial", path);
  }
  return path;
}

for (const file of files) {
  const data = readFileSync(file);
  const digest = createHash("sha256").update(data).digest("hex");
  const quality = BUILT_FROM_OUR_CODE.has(basename(file)) ? 9 : 11;
  const brotli = cached(`${digest}.q${quality}.br`, () =>
    zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  );
  const gzip = cached(`${digest}.gz`, () => zlib.gzipSync(data, { level: 9 }));
  copyFileSync(brotli, file + ".br");
  copyFileSync(gzip, file + ".gz");
}
