// The one place Python runs in the browser: a module worker owning one Pyodide.
// It answers three messages: init (load Pyodide and the calculators wheel), run, and nothing else.
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";

const INDEX_URL = new URL("../vendor/pyodide/", import.meta.url).href;
let run = null;

async function start(wheelUrl) {
  const pyodide = await loadPyodide({ indexURL: INDEX_URL });
  const response = await fetch(wheelUrl);
  if (!response.ok) throw new Error(`calculators wheel: HTTP ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
  const web = pyodide.pyimport("calculators.web");
  run = (name, payload) => web.run(name, payload);
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await start(data.wheelUrl);
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
