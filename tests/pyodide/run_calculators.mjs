// Start Pyodide the way the page does (precompiled standard library, inline lock file) and answer
// calculator requests read as JSON from stdin: [[name, payload_json], ...] -> [reply_json, ...] on stdout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, stdlibZip] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(root, "node_modules/pyodide/pyodide.mjs")).href);
const lock = JSON.parse(readFileSync(join(root, "node_modules/pyodide/pyodide-lock.json"), "utf8"));
const pyodide = await loadPyodide({
  stdLibURL: stdlibZip,
  lockFileContents: JSON.stringify({ info: lock.info, packages: {} }),
});
const web = pyodide.pyimport("calculators.web");
const cases = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map(([name, payload]) => web.run(name, payload))));
