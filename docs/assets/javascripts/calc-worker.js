// The one place Python runs in the browser: a module worker owning one Pyodide.
// It answers two messages: init (start Python) and run (call calculators.web.run).
//
// Two ways to start: "pyc" (default) loads a standard library precompiled at build time that already
// holds the calculators package, skipping CPython's compile of ~150 modules at every start and the lock
// file fetch; "stock" loads Pyodide's own library and unpacks the calculators wheel (kept for comparison
// in `make bench`).
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";

const INDEX_URL = new URL("../vendor/pyodide/", import.meta.url).href;
let run = null;

async function startStock(wheelUrl) {
  const pyodide = await loadPyodide({ indexURL: INDEX_URL });
  const response = await fetch(wheelUrl);
  if (!response.ok) throw new Error(`calculators wheel: HTTP ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
  return pyodide;
}

function startPrecompiled(stdlibUrl, lockInfo) {
  const lockFileContents = JSON.stringify({ info: lockInfo, packages: {} });
  return loadPyodide({ indexURL: INDEX_URL, stdLibURL: stdlibUrl, lockFileContents });
}

async function start({ mode, wheelUrl, stdlibUrl, lockInfo }) {
  const pyodide = mode === "stock" ? await startStock(wheelUrl) : await startPrecompiled(stdlibUrl, lockInfo);
  const web = pyodide.pyimport("calculators.web");
  run = (name, payload) => web.run(name, payload);
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await start(data);
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", message: String(error?.message ?? error) });
    }
  } else if (data.type === "run") {
    try {
      self.postMessage({ type: "result", id: data.id, json: run(data.name, data.payload) });
    } catch (error) {
      self.postMessage({ type: "result", id: data.id, crash: String(error?.message ?? error) });
    }
  }
};
