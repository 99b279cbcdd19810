// Run pytest inside Pyodide under Node: the calculators' test suite on the exact runtime the browser uses.
//
//   node tools/pyodide_pytest.mjs <repo root> <site-packages dir> [pytest args...]
//
// The repository is mounted read-write (pytest and hypothesis keep small caches there) and the
// virtualenv's site-packages read-only, after the standard library on sys.path: pytest, hypothesis and
// their dependencies are pure Python, so the natively installed, pinned copies run unchanged. Plugin
// autoloading is off so that no compiled plugin from the virtualenv is imported.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [root, sitePackages, ...args] = process.argv.slice(2);
if (!root || !sitePackages) {
  console.error("usage: node tools/pyodide_pytest.mjs <repo root> <site-packages dir> [pytest args...]");
  process.exit(2);
}
const { loadPyodide } = await import(pathToFileURL(join(root, "node_modules/pyodide/pyodide.mjs")).href);
const pyodide = await loadPyodide({
  env: { HOME: "/home/pyodide", PYTEST_DISABLE_PLUGIN_AUTOLOAD: "1", PYTHONDONTWRITEBYTECODE: "1" },
});
// Raw writes, so pytest's progress dots stay on one line.
pyodide.setStdout({ write: (bytes) => (process.stdout.write(bytes), bytes.length) });
pyodide.setStderr({ write: (bytes) => (process.stderr.write(bytes), bytes.length) });
const { FS } = pyodide;
FS.mkdirTree("/repo");
FS.mkdirTree("/venv");
FS.mount(FS.filesystems.NODEFS, { root }, "/repo");
FS.mount(FS.filesystems.NODEFS, { root: sitePackages }, "/venv");
pyodide.globals.set("pytest_args", pyodide.toPy(args));
let status;
try {
  status = pyodide.runPython(`
import os
import sys
sys.path.insert(0, "/repo")
sys.path.append("/venv")
os.chdir("/repo")
# A few examples per property: natively each runs a hundred; here the question is whether the same code
# computes the same under WebAssembly, which a handful of examples per property already answers.
os.environ.setdefault("GUIDE_HYPOTHESIS_PROFILE", "smoke")
import pytest
print(f"Python {sys.version.split()[0]} on {sys.platform}")
int(pytest.main(["-p", "_hypothesis_pytestplugin", "-p", "no:cacheprovider", *pytest_args]))
`);
} catch (error) {
  // A Python exception outside pytest (an import error, say): report it without Pyodide's own source.
  console.error(String(error.message ?? error).split("\n").slice(-30).join("\n"));
  process.exit(3);
}
process.exit(status);
