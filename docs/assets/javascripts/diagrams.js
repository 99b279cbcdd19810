// Keep Material's diagram rendering on this site's origin, and out of Python's way.
//
// Material draws ```mermaid fences itself and, when no `mermaid` global exists, fetches the library
// from a CDN. We define a small stand-in that loads the pinned copy this site serves when Material first
// draws a diagram: on the first page (the build drops mkdocs-mermaid2's parser-blocking tag, see
// macros/hooks.py) and on pages reached by instant navigation alike.
//
// On a page whose calculator starts Python at load, parsing the 5.5 MB library and laying out the
// diagrams would compete with Python's start for the CPU, so the library waits until Python is up, but
// never longer than PYTHON_FIRST_MAX_MS.
const LIBRARY_URL = new URL("../vendor/mermaid/mermaid.min.js", import.meta.url).href;
const PYTHON_FIRST_MAX_MS = 4000;

function pythonFirst() {
  const starting = globalThis.__calcEngine?.ready;
  if (!starting) return Promise.resolve();
  const bound = new Promise((resolve) => setTimeout(resolve, PYTHON_FIRST_MAX_MS));
  return Promise.race([starting.catch(() => {}), bound]);
}

function loadLibrary(settings) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = LIBRARY_URL;
    script.onload = () => {
      window.mermaid.initialize(settings);
      resolve(window.mermaid);
    };
    script.onerror = () => reject(new Error(`could not load ${LIBRARY_URL}`));
    document.head.append(script);
  });
}

if (typeof window.mermaid === "undefined" || window.mermaid instanceof Element) {
  let settings = {};
  let loading = null;
  window.mermaid = {
    initialize(options) {
      settings = options;
    },
    async render(id, text) {
      loading ??= pythonFirst().then(() => loadLibrary(settings));
      const library = await loading;
      return library.render(id, text);
    },
  };
}
