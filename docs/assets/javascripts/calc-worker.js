// The one place Python runs in the browser: a module worker owning one Pyodide.
// It answers three messages: init (start Python), run (call calculators.web.run) and call (one of the other
// bridge functions in BRIDGE, such as the drills').
//
// Three ways to start:
// - "pyc" (default): a standard library precompiled at build time that already holds the calculators
//   package, skipping CPython's compile of ~150 modules at every start and the lock file fetch;
// - "snapshot": restore a memory image of a Pyodide started from that library, made at build time; used
//   only when it was made by this exact Pyodide version, and falling back to "pyc" if it fails to load;
// - "stock": Pyodide's own library plus the calculators wheel (kept for comparison in `make bench`).
import { loadPyodide, version } from "../vendor/pyodide/pyodide.mjs";

const INDEX_URL = new URL("../vendor/pyodide/", import.meta.url).href;
let run = null;
let bridge = null;
// calculators.web functions a page may call besides run, each taking one JSON string (plus the prices URL).
const BRIDGE = new Set(["drill", "drill_check", "sensitivity"]);
// Those of them whose answer links the prices page, and so take its URL as a second argument.
const TAKES_PRICES_URL = new Set(["drill_check"]);

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

async function startFromSnapshot(stdlibUrl, snapshotUrl, lockInfo) {
  const lockFileContents = JSON.stringify({ info: lockInfo, packages: {} });
  const snapshot = fetch(snapshotUrl).then((response) => {
    if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const pyodide = await loadPyodide({ indexURL: INDEX_URL, stdLibURL: stdlibUrl, lockFileContents, _loadSnapshot: snapshot });
  pyodide.runPython("import random; random.seed()"); // the image holds the build's random state
  return pyodide;
}

async function startWith({ mode, wheelUrl, stdlibUrl, snapshotUrl, pyodideVersion, lockInfo }) {
  if (mode === "stock") return startStock(wheelUrl);
  if (mode === "snapshot" && pyodideVersion === version) {
    try {
      return await startFromSnapshot(stdlibUrl, snapshotUrl, lockInfo);
    } catch (error) {
      console.warn(`Memory snapshot unusable (${error}); starting from the precompiled library.`);
    }
  }
  return startPrecompiled(stdlibUrl, lockInfo);
}

async function start(runtime) {
  const pyodide = await startWith(runtime);
  const web = pyodide.pyimport("calculators.web");
  run = (name, payload, pricesUrl) => web.run(name, payload, pricesUrl);
  bridge = (fn, payload, pricesUrl) => {
    if (!BRIDGE.has(fn)) throw new Error(`no bridge function ${fn}`);
    return TAKES_PRICES_URL.has(fn) ? web[fn](payload, pricesUrl) : web[fn](payload);
  };
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await start(data);
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", message: String(error?.message ?? error) });
    }
  } else if (data.type === "run" || data.type === "call") {
    try {
      const json =
        data.type === "run"
          ? run(data.name, data.payload, data.pricesUrl ?? "")
          : bridge(data.fn, data.payload, data.pricesUrl ?? "");
      self.postMessage({ type: "result", id: data.id, json });
    } catch (error) {
      self.postMessage({ type: "result", id: data.id, crash: String(error?.message ?? error) });
    }
  }
};
