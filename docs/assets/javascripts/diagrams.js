// Keep Material's diagram rendering on this site's origin.
//
// Material draws ```mermaid fences itself and, when no `mermaid` global exists, fetches the library
// from a CDN. Pages reached through instant navigation never ran the plugin's <script> tag, so we
// define a small stand-in that loads the pinned copy this site serves, on the first diagram only.
const LIBRARY_URL = new URL("../vendor/mermaid/mermaid.min.js", import.meta.url).href;

if (typeof window.mermaid === "undefined" || window.mermaid instanceof Element) {
  let settings = {};
  let loading = null;
  const load = () =>
    (loading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = LIBRARY_URL;
      script.onload = () => {
        window.mermaid.initialize(settings);
        resolve(window.mermaid);
      };
      script.onerror = () => reject(new Error(`could not load ${LIBRARY_URL}`));
      document.head.append(script);
    }));
  window.mermaid = {
    initialize(options) {
      settings = options;
    },
    async render(id, text) {
      const library = await load();
      return library.render(id, text);
    },
  };
}
