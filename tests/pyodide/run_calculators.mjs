// Start Pyodide the way the page does (precompiled standard library, inline lock file, and optionally the
// memory snapshot) and answer calculator requests read as JSON from stdin:
// [[name, payload_json], ...] -> {"replies": [reply_json, ...], "random": <a random.random() draw>}.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, stdlibZip, snapshot] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(root, "node_modules/pyodide/pyodide.mjs")).href);
const lock = JSON.parse(readFileSync(join(root, "node_modules/pyodide/pyodide-lock.json"), "utf8"));
const pyodide = await loadPyodide({
  stdLibURL: stdlibZip,
  lockFileContents: JSON.stringify({ info: lock.info, packages: {} }),
  ...(snapshot ? { _loadSnapshot: readFileSync(snapshot) } : {}),
});
if (snapshot) pyodide.runPython("import random; random.seed()"); // as calc-worker.js does
const web = pyodide.pyimport("calculators.web");
const cases = JSON.parse(readFileSync(0, "utf8"));
const replies = cases.map(([name, payload]) => web.run(name, payload));
process.stdout.write(JSON.stringify({ replies, random: pyodide.runPython("import random; random.random()") }));
