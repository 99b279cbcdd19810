// Keep Material's diagram rendering on this site's origin, and out of Python's way.
//
// Material draws ```mermaid fences itself and, when no `mermaid` global exists, fetches the library
// from a CDN. We define a small stand-in that imports the pinned ES-module build this site serves when
// Material first draws a diagram: on a first page (the build drops mkdocs-mermaid2's eager import, see
// macros/hooks.py) and on pages reached by instant navigation alike. The ES-module build fetches only the
// code for the kinds of diagram a page draws.
//
// On a page whose calculator starts Python at load, loading the library and laying out the diagrams
// would compete with Python's start for the CPU, so the library waits until Python is up, but never
// longer than PYTHON_FIRST_MAX_MS.
const LIBRARY_URL = new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url).href;
const PYTHON_FIRST_MAX_MS = 4000;

function pythonFirst() {
  const starting = globalThis.__calcEngine?.ready;
  if (!starting) return Promise.resolve();
  const bound = new Promise((resolve) => setTimeout(resolve, PYTHON_FIRST_MAX_MS));
  return Promise.race([starting.catch(() => {}), bound]);
}

async function loadLibrary(settings) {
  const { default: library } = await import(LIBRARY_URL);
  // mkdocs-mermaid2's `arguments` (mkdocs.yml) first, then Material's theme settings.
  library.initialize({ ...globalThis.mermaidConfig?.default, ...settings });
  return library;
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
