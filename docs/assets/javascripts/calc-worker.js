// @ts-check
// The one place Python runs in the browser: a module worker owning one Pyodide.
// It answers three messages: init (start Python), run (call calculators.web.run) and call (one of the other
// bridge functions in BRIDGE, such as the drills').
//
// Three ways to start:
// - "pyc" (default): a standard library precompiled at build time that already holds the calculators
//   package, skipping CPython's compile of ~150 modules at every start and the lock file fetch;
// - "snapshot": restore a memory image of a Pyodide started from that library, made at build time; used
//   only when it was made by this exact Pyodide version, and falling back to "pyc" if it fails to load;
// - "kept-snapshot" (a return visit): the same image, read straight from the copy the service worker keeps, never
//   from the network; "pyc" when no copy is kept. The page never waits to ask whether there is one.
// - "stock": Pyodide's own library plus the calculators wheel (kept for comparison in `make bench`).
import { loadPyodide, version } from "../vendor/pyodide/pyodide.mjs";

const INDEX_URL = new URL("../vendor/pyodide/", import.meta.url).href;
/**
 * How to start, as calc.js sends it (its runtimeOf): the build's data-runtime, with URLs resolved against the page.
 * @typedef {{ mode: string, wheelUrl: string, stdlibUrl: string, snapshotUrl: string, pyodideVersion: string,
 *   lockInfo: import("../vendor/pyodide/pyodide.mjs").LockfileInfo }} Runtime
 * @typedef {(name: string, payload: string, pricesUrl: string, withCharts: boolean) => string} Run
 * @typedef {(fn: string, payload: string, pricesUrl: string) => string} Bridge
 */
/** @type {Run | null} */
let run = null;
/** @type {Bridge | null} */
let bridge = null;
// calculators.web functions a page may call besides run, each taking one JSON string (plus the prices URL).
const BRIDGE = new Set(["drill", "drill_check", "sensitivity", "charts"]);
// Those of them whose answer links the prices page, and so take its URL as a second argument.
const TAKES_PRICES_URL = new Set(["drill_check"]);

/** @param {string} wheelUrl */
async function startStock(wheelUrl) {
  const pyodide = await loadPyodide({ indexURL: INDEX_URL });
  const response = await fetch(wheelUrl);
  if (!response.ok) throw new Error(`calculators wheel: HTTP ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
  return pyodide;
}

/** @param {string} stdlibUrl @param {Runtime["lockInfo"]} lockInfo */
function startPrecompiled(stdlibUrl, lockInfo) {
  const lockFileContents = JSON.stringify({ info: lockInfo, packages: {} });
  return loadPyodide({ indexURL: INDEX_URL, stdLibURL: stdlibUrl, lockFileContents });
}

/** @param {string} snapshotUrl */
async function fetchSnapshot(snapshotUrl) {
  const response = await fetch(snapshotUrl);
  if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** The snapshot as kept in this browser's cache, or null: no cache here (a private window), or nothing kept.
 * @param {string} snapshotUrl */
async function keptSnapshot(snapshotUrl) {
  try {
    return (await caches.match(snapshotUrl)) ?? null;
  } catch {
    return null;
  }
}

/** @param {string} stdlibUrl @param {Promise<ArrayBuffer>} snapshot @param {Runtime["lockInfo"]} lockInfo */
async function startFromSnapshot(stdlibUrl, snapshot, lockInfo) {
  const lockFileContents = JSON.stringify({ info: lockInfo, packages: {} });
  const pyodide = await loadPyodide({ indexURL: INDEX_URL, stdLibURL: stdlibUrl, lockFileContents, _loadSnapshot: snapshot });
  pyodide.runPython("import random; random.seed()"); // the image holds the build's random state
  return pyodide;
}

/**
 * Python started the way `runtime` asks, and the way it actually started ("snapshot" or "pyc" after a fallback).
 * @param {Runtime} runtime @returns {Promise<[any, string]>}
 */
async function startWith({ mode, wheelUrl, stdlibUrl, snapshotUrl, pyodideVersion, lockInfo }) {
  if (mode === "stock") return [await startStock(wheelUrl), mode];
  const sameBuild = pyodideVersion === version; // a snapshot is usable only by the Pyodide that made it
  const kept = mode === "kept-snapshot" && sameBuild ? await keptSnapshot(snapshotUrl) : null;
  if (kept || (mode === "snapshot" && sameBuild)) {
    try {
      const snapshot = kept ? kept.arrayBuffer() : fetchSnapshot(snapshotUrl);
      return [await startFromSnapshot(stdlibUrl, snapshot, lockInfo), "snapshot"];
    } catch (error) {
      console.warn(`Memory snapshot unusable (${error}); starting from the precompiled library.`);
    }
  }
  return [await startPrecompiled(stdlibUrl, lockInfo), "pyc"];
}

/** @param {Runtime} runtime */
async function start(runtime) {
  const [pyodide, started] = await startWith(runtime);
  const web = pyodide.pyimport("calculators.web");
  run = (name, payload, pricesUrl, withCharts) => web.run.callKwargs(name, payload, pricesUrl, { with_charts: withCharts });
  bridge = (fn, payload, pricesUrl) => {
    if (!BRIDGE.has(fn)) throw new Error(`no bridge function ${fn}`);
    return TAKES_PRICES_URL.has(fn) ? web[fn](payload, pricesUrl) : web[fn](payload);
  };
  return started;
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      const started = await start(data);
      self.postMessage({ type: "ready", started });
    } catch (error) {
      self.postMessage({ type: "failed", message: String(/** @type {any} */ (error)?.message ?? error) });
    }
  } else if (data.type === "run" || data.type === "call") {
    try {
      // calc.js asks only once this worker said "ready", so start() has set both.
      const json =
        data.type === "run"
          ? /** @type {Run} */ (run)(data.name, data.payload, data.pricesUrl ?? "", data.withCharts ?? true)
          : /** @type {Bridge} */ (bridge)(data.fn, data.payload, data.pricesUrl ?? "");
      self.postMessage({ type: "result", id: data.id, json });
    } catch (error) {
      self.postMessage({ type: "result", id: data.id, crash: String(/** @type {any} */ (error)?.message ?? error) });
    }
  }
};
