// @ts-check
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
// longer than PYTHON_FIRST_MAX_MS: unless a diagram is in view when the page is drawn, which is drawn at
// once (the reader is looking at it; the calculator is further down).
import { pythonStarting } from "./calc.js";

const LIBRARY_URL = new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url).href;
const PYTHON_FIRST_MAX_MS = 4000;

function diagramInView() {
  return [...document.querySelectorAll(".mermaid")].some((diagram) => {
    const box = diagram.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.width > 0;
  });
}

/** Resolves when a diagram comes into view: the page scrolled to an address's section, or the reader scrolled. */
function diagramComingIntoView() {
  /** @type {IntersectionObserver | null} */
  let observer = null;
  const seen = new Promise((resolve) => {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) resolve(undefined);
    });
    for (const diagram of document.querySelectorAll(".mermaid")) observer.observe(diagram);
  });
  return { seen, stop: () => observer?.disconnect() };
}

/** Resolves once the calculators' script has run: it is an async script, which may run after Material draws. */
function calculatorsMounted() {
  if (!document.querySelector("form[data-calculator]") || document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => addEventListener("load", () => resolve(undefined), { once: true }));
}

async function pythonFirst() {
  if (diagramInView()) return;
  // Material draws when the page is parsed, before the browser has scrolled to the address's section: a diagram
  // there is not in view yet when this first runs, and must not wait for Python once it is.
  const inView = diagramComingIntoView();
  try {
    await Promise.race([calculatorsMounted(), inView.seen]);
    const starting = pythonStarting();
    if (!starting) return;
    const boundMs = globalThis.DIAGRAMS_PYTHON_FIRST_MAX_MS ?? PYTHON_FIRST_MAX_MS; // a test may lengthen it
    const bound = new Promise((resolve) => setTimeout(resolve, boundMs));
    await Promise.race([starting.catch(() => {}), bound, inView.seen]);
  } finally {
    inView.stop();
  }
}

// A diagram drawn once is kept in this browser (cache storage, keyed by a hash of mermaid's version, its settings
// and the diagram's text), so a later visit draws it at once without loading or running mermaid: its layout is
// about a second of main-thread work on a page of diagrams, competing with Python's start on a calculator page.
// The drawing is the same string mermaid gave, shown the same way (Material's shadow root); the library's version
// comes from the page (macros/hooks.py), so an upgrade draws afresh, and a changed diagram is a new key.
const DRAWN_CACHE = "drawn-diagrams";

/** mkdocs-mermaid2's `arguments` (mkdocs.yml) first, then Material's theme settings. @param {object} settings */
function mermaidSettings(settings) {
  return { ...globalThis.mermaidConfig?.default, ...settings };
}

/** @param {object} settings @param {string} text */
async function drawnKey(settings, text) {
  const version = document.querySelector('meta[name="diagram-library"]')?.getAttribute("content") ?? "";
  const bytes = new TextEncoder().encode(JSON.stringify([version, mermaidSettings(settings), text]));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return new URL(`drawn-diagram/${hex}.svg`, LIBRARY_URL).href; // a name in this site, never fetched
}

/** The drawing kept for this key, or null (nothing kept, or no cache storage here: a private window). @param {string} key */
async function keptDrawing(key) {
  try {
    const kept = await (await caches.open(DRAWN_CACHE)).match(key);
    return kept ? await kept.text() : null;
  } catch {
    return null;
  }
}

/** @param {string} key @param {string} svg */
async function keepDrawing(key, svg) {
  try {
    await (await caches.open(DRAWN_CACHE)).put(key, new Response(svg, { headers: { "Content-Type": "image/svg+xml" } }));
  } catch {
    // no cache storage, or no room: the next visit draws it again
  }
}

/** @param {object} settings */
async function loadLibrary(settings) {
  const { default: library } = await import(LIBRARY_URL);
  library.initialize(mermaidSettings(settings));
  return library;
}

if (typeof window.mermaid === "undefined" || window.mermaid instanceof Element) {
  let settings = {};
  /** @type {ReturnType<typeof loadLibrary> | null} */
  let loading = null;
  window.mermaid = {
    initialize(options) {
      settings = options;
    },
    async render(id, text) {
      const key = globalThis.crypto?.subtle ? await drawnKey(settings, text) : null;
      const kept = key && (await keptDrawing(key));
      if (kept) return { svg: kept };
      loading ??= pythonFirst().then(() => loadLibrary(settings));
      const library = await loading;
      const drawn = await library.render(id, text);
      if (key) keepDrawing(key, drawn.svg);
      return drawn;
    },
  };
}

// Full screen with pan and zoom: a wide diagram drawn to fit a phone is unreadable, so each drawn diagram gets
// a button that moves it (shadow root and all) into a modal dialog, where zoom enlarges it and the reader pans
// by scrolling, then puts it back where it was. Material draws into a closed shadow root, so the diagram is
// moved whole, never redrawn or read.
const ZOOM_STEPS = [1, 1.5, 2, 3, 4];
/**
 * The full-screen viewer, made on first use: its dialog, the diagram it shows, where that came from (`home`, which
 * it goes back before) and the button that opened it (`opener`, focused again on closing).
 * @typedef {{ dialog: HTMLDialogElement, stage: HTMLDivElement, home: Element | null, diagram: HTMLElement | null,
 *   opener?: HTMLElement, zoom: number, open: (diagram: HTMLElement, home: Element, opener: HTMLElement) => void }} Viewer
 */
/** @type {Viewer | null} */
let viewer = null;

/** @param {string} text @param {string} label @param {() => void} onClick */
function button(text, label, onClick) {
  const element = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: text });
  if (label) element.setAttribute("aria-label", label);
  element.addEventListener("click", onClick);
  return element;
}

function makeViewer() {
  const dialog = Object.assign(document.createElement("dialog"), { className: "diagram-viewer md-typeset" });
  dialog.setAttribute("aria-label", "Diagram, full screen");
  const bar = Object.assign(document.createElement("div"), { className: "diagram-viewer-bar" });
  const stage = Object.assign(document.createElement("div"), { className: "diagram-viewer-stage", tabIndex: 0 });
  stage.setAttribute("aria-label", "Diagram: scroll to pan");
  const state = /** @type {Viewer} */ ({ dialog, stage, home: null, diagram: null, zoom: 0 }); // open is set below
  const setZoom = (/** @type {number} */ step) => {
    state.zoom = Math.max(0, Math.min(ZOOM_STEPS.length - 1, step));
    state.diagram?.style.setProperty("zoom", String(ZOOM_STEPS[state.zoom]));
    dialog.dataset.zoom = String(ZOOM_STEPS[state.zoom]);
  };
  bar.append(
    button("+", "Zoom in", () => setZoom(state.zoom + 1)),
    button("−", "Zoom out", () => setZoom(state.zoom - 1)),
    button("Fit", "Fit to screen", () => setZoom(0)),
    button("Close", "", () => dialog.close()),
  );
  dialog.append(bar, stage);
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "+" || event.key === "=") setZoom(state.zoom + 1);
    else if (event.key === "-") setZoom(state.zoom - 1);
  });
  // Closing (the button, Escape) puts the diagram back exactly where it was.
  dialog.addEventListener("close", () => {
    state.diagram?.style.removeProperty("zoom");
    state.diagram?.style.removeProperty("width");
    state.home?.before(/** @type {HTMLElement} */ (state.diagram));
    state.diagram = null;
    state.opener?.focus();
  });
  state.open = (diagram, home, opener) => {
    state.diagram = diagram;
    state.home = home;
    state.opener = opener;
    stage.replaceChildren(diagram);
    if (!dialog.isConnected) document.body.append(dialog);
    dialog.showModal();
    // A fixed width, so that zoom enlarges the drawing past the screen (an automatic width would shrink back to it).
    diagram.style.width = `${stage.clientWidth - 16}px`;
    setZoom(0);
    stage.focus();
  };
  return state;
}

/** @param {HTMLElement} diagram */
function addEnlargeButton(diagram) {
  if (diagram.dataset.enlargeable) return;
  diagram.dataset.enlargeable = "true";
  const open = button("Enlarge diagram", "", () => {
    viewer ??= makeViewer();
    viewer.open(diagram, open, open);
  });
  open.classList.add("diagram-enlarge");
  diagram.after(open);
}

function enlargeAll() {
  for (const diagram of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll("div.mermaid"))) {
    if (!diagram.closest("dialog")) addEnlargeButton(diagram);
  }
}

// Material swaps each <pre class="mermaid"> for a drawn <div class="mermaid">: only those additions matter (a
// calculator's live result also changes the page, and costs nothing here).
const drawnDiagram = (/** @type {Node} */ node) => node instanceof Element && node.matches("div.mermaid");
new MutationObserver((records) => {
  if (records.some((record) => [...record.addedNodes].some(drawnDiagram))) enlargeAll();
}).observe(document.documentElement, { childList: true, subtree: true });
enlargeAll();
