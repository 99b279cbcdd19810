// Build a precompiled, trimmed standard library for the widgets' Pyodide, using Pyodide's own CPython,
// and a memory snapshot of a Pyodide started from it with the calculators imported.
//
//   node macros/pyodide_stdlib.mjs <repo root> <output dir>   (writes python_stdlib.zip, snapshot.bin)
//
// Pyodide compiles about 195 standard-library modules from source at every start, in every reader's
// browser. Here, once per build, the pinned Pyodide (from node_modules, running under Node) imports the
// calculators, runs each one, and records which modules were imported: that list, found by tracing and
// not by hand, is compiled to .pyc (unchecked hash-based, so no timestamps) and stored in a zip together
// with the calculators package. The page passes the zip as loadPyodide's `stdLibURL`.
//
// The snapshot uses Pyodide's private _makeSnapshot/_loadSnapshot, which tie it to this exact Pyodide
// build and this byte-identical zip; it is made with a fixed environment and executable name so that
// nothing from the build machine is captured in it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const [root, outputDir] = process.argv.slice(2);
if (!root || !outputDir) {
  console.error("usage: node macros/pyodide_stdlib.mjs <repo root> <output dir>");
  process.exit(2);
}
const { loadPyodide } = await import(pathToFileURL(join(root, "node_modules/pyodide/pyodide.mjs")).href);

function pythonFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "__pycache__" ? [] : pythonFiles(path);
    return name.endsWith(".py") ? [path] : [];
  });
}

// A fixed environment so that nothing from the build machine ends up in the compiled files or snapshot.
const CLEAN = { env: { HOME: "/home/pyodide" }, args: [], _sysExecutable: "python", stdout: () => {} };
const pyodide = await loadPyodide({ ...CLEAN, stderr: (line) => console.error(line) });
for (const file of pythonFiles(join(root, "calculators"))) {
  const target = "/build/pkg/" + relative(root, file);
  pyodide.FS.mkdirTree(dirname(target));
  pyodide.FS.writeFile(target, readFileSync(file));
}

const report = pyodide.runPython(`
import importlib.util
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

STDLIB = "/lib/python314.zip/"
PACKAGE_ROOT = "/build/pkg/"
sys.path.insert(0, PACKAGE_ROOT)

import calculators.web as web
from calculators import REGISTRY

# Exercise every calculator on both paths (a result and the declared error), as the page does.
for name in REGISTRY:
    web.run(name, "{}")
    web.run(name, '{"no_such_input": 1}')
web.run("no_such_calculator", "not json")

stdlib, package = set(), set()
for module in list(sys.modules.values()):
    path = getattr(module, "__file__", None) or ""
    if path.startswith(STDLIB) and path.endswith(".py"):
        stdlib.add(path[len(STDLIB):])
    elif path.startswith(PACKAGE_ROOT) and path.endswith(".py"):
        package.add(path[len(PACKAGE_ROOT):])
# Every package file ships, imported or not: a calculator must never find half its package missing.
import os
for folder, _, names in os.walk(PACKAGE_ROOT + "calculators"):
    package.update(os.path.join(folder, n)[len(PACKAGE_ROOT):] for n in names if n.endswith(".py"))

def pyc(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True)
    return _code_to_hash_pyc(code, importlib.util.source_hash(source), False)

def entry(name):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o644 << 16
    return info

# Stored, not deflated: hosts compress the whole file far better with brotli or gzip.
with zipfile.ZipFile("/lib/python314.zip") as source, zipfile.ZipFile("/build/out.zip", "w", zipfile.ZIP_STORED) as out:
    for name in sorted(stdlib):
        out.writestr(entry(name[:-3] + ".pyc"), pyc(source.read(name), STDLIB + name))
    for name in sorted(package):
        with open(PACKAGE_ROOT + name, "rb") as handle:
            out.writestr(entry(name[:-3] + ".pyc"), pyc(handle.read(), STDLIB + name))
f"{len(stdlib)} standard-library modules and {len(package)} package files"
`);

mkdirSync(outputDir, { recursive: true });
const zipPath = join(outputDir, "python_stdlib.zip");
writeFileSync(zipPath, pyodide.FS.readFile("/build/out.zip"));

// The snapshot: start from the zip exactly as a reader's browser will, warm the imports, dump memory.
const lock = JSON.parse(await readFile(join(root, "node_modules/pyodide/pyodide-lock.json"), "utf8"));
const snapshotting = await loadPyodide({
  ...CLEAN,
  stdLibURL: zipPath,
  lockFileContents: JSON.stringify({ info: lock.info, packages: {} }),
  _makeSnapshot: true,
});
snapshotting.runPython("import calculators.web\nfor name in calculators.REGISTRY: calculators.web.run(name, '{}')");
const snapshot = snapshotting.makeMemorySnapshot();
writeFileSync(join(outputDir, "snapshot.bin"), snapshot);
console.log(`${outputDir}: ${report}; snapshot ${(snapshot.length / 1e6).toFixed(1)} MB`);
