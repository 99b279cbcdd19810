// @ts-check
// The page's side of the service worker (sw.js at the site root): register it once the page has loaded and
// the browser is idle (never on the first visit's critical path), offer a newly published build and switch to
// it only when the reader asks, and run "Save for offline" where the page has the button.
const ROOT = new URL("../../", import.meta.url);
const WORKER_URL = new URL("sw.js", ROOT);
const OFFLINE_LIST_URL = new URL("offline.json", ROOT);
const SAVED_KEY = "sdg.offline.v1"; // the build last saved whole in this browser
const UPDATE_CHECK_EVERY_MS = 30 * 60 * 1000;

/** @type {Promise<ServiceWorkerRegistration> | null} */
let registering = null;
let lastCheck = Date.now();

function supported() {
  return "serviceWorker" in navigator && "caches" in globalThis && window.isSecureContext;
}

function register() {
  registering ??= navigator.serviceWorker.register(WORKER_URL, { scope: ROOT.pathname }).then((registration) => {
    watchForUpdates(registration);
    return registration;
  });
  return registering;
}

/** @param {ServiceWorkerRegistration} registration */
function watchForUpdates(registration) {
  // A worker waiting from an earlier visit, or one that finishes installing now while an older one controls
  // the page: a new build is published.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const incoming = registration.installing;
    incoming?.addEventListener("statechange", () => {
      if (incoming.state === "installed" && navigator.serviceWorker.controller) offerUpdate(incoming);
    });
  });
}

let reloading = false;
navigator.serviceWorker?.addEventListener("controllerchange", () => {
  if (reloading) location.reload();
});

/** @param {ServiceWorker} waiting */
function offerUpdate(waiting) {
  if (document.querySelector(".update-prompt")) return;
  const prompt = Object.assign(document.createElement("div"), { className: "update-prompt md-typeset" });
  prompt.setAttribute("role", "status");
  const text = Object.assign(document.createElement("p"), { textContent: "An updated guide is available." });
  const reload = Object.assign(document.createElement("button"), {
    type: "button",
    className: "md-button md-button--primary",
    textContent: "Reload to update",
  });
  const later = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: "Later" });
  reload.addEventListener("click", () => {
    reloading = true;
    reload.disabled = true;
    waiting.postMessage({ type: "take-update" }); // the new worker takes over, then the page reloads onto it
  });
  later.addEventListener("click", () => prompt.remove());
  prompt.append(text, reload, later);
  document.body.append(prompt);
}

// Material's instant navigation changes pages without loading them, so the browser's own check for a new
// worker (made on each load) would wait for the next full load: check now and then as the reader moves on.
function checkForUpdate() {
  if (!registering || Date.now() - lastCheck < UPDATE_CHECK_EVERY_MS) return;
  lastCheck = Date.now();
  registering.then((registration) => registration.update()).catch(() => {});
}

/** @param {number} bytes */
function megabytes(bytes) {
  return `${(bytes / 1e6).toLocaleString("en-US", { maximumFractionDigits: bytes < 1e7 ? 1 : 0 })} MB`;
}

/** The build's list of files, and how much of it this browser already holds. */
async function offlineList() {
  const response = await fetch(OFFLINE_LIST_URL, { cache: "no-cache" });
  if (!response.ok) throw new Error(`offline list: HTTP ${response.status}`);
  return /** @type {{build: string, files: {path: string, bytes: number}[]}} */ (await response.json());
}

/** @param {HTMLElement} saver */
async function mountSaver(saver) {
  if (saver.dataset.mounted) return;
  saver.dataset.mounted = "true";
  const button = /** @type {HTMLButtonElement} */ (saver.querySelector(".offline-save-button"));
  const bar = /** @type {HTMLProgressElement} */ (saver.querySelector("progress"));
  const status = /** @type {HTMLElement} */ (saver.querySelector(".offline-status"));
  if (!supported()) {
    saver.hidden = false;
    button.disabled = true;
    status.textContent = "This browser cannot keep the guide offline (it needs service workers over HTTPS).";
    return;
  }
  let list;
  try {
    list = await offlineList();
  } catch (error) {
    saver.hidden = false;
    button.disabled = true;
    status.textContent = `The list of files to save is unavailable (${/** @type {Error} */ (error).message}).`;
    return;
  }
  const total = list.files.reduce((sum, file) => sum + file.bytes, 0);
  const pages = list.files.filter((file) => file.path.endsWith("/")).length;
  saver.hidden = false;
  const saved = localStorage.getItem(SAVED_KEY) === list.build;
  status.textContent = saved
    ? "Saved: this edition opens without a network in this browser."
    : `${pages} pages, the calculators' Python and the diagrams: about ${megabytes(total)} to download.`;
  button.addEventListener("click", async () => {
    button.disabled = true;
    bar.hidden = false;
    bar.max = total;
    bar.value = 0;
    status.textContent = "Saving…";
    await navigator.storage?.persist?.().catch(() => false); // ask the browser not to evict it under pressure
    const registration = await register();
    const worker = (await navigator.serviceWorker.ready).active ?? registration.active;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (data.type === "progress") {
        bar.value = data.done;
        status.textContent = `Saving… ${megabytes(data.done)} of ${megabytes(data.total)}`;
      } else if (data.type === "saved") {
        localStorage.setItem(SAVED_KEY, list.build);
        status.textContent = `Saved ${megabytes(data.total)}: this edition opens without a network in this browser.`;
        button.disabled = false;
      } else if (data.type === "failed") {
        status.textContent = `Saving stopped: ${data.message}. What was saved stays; try again to finish.`;
        button.disabled = false;
      }
    };
    worker?.postMessage({ type: "save-offline" }, [channel.port2]);
  });
}

function onPage() {
  checkForUpdate();
  for (const saver of document.querySelectorAll(".offline-save")) mountSaver(/** @type {HTMLElement} */ (saver));
}

if (supported()) {
  const start = () => (globalThis.requestIdleCallback ?? setTimeout)(() => register().catch(() => {}));
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
// Material's page observable: instant navigation emits on every page.
if (globalThis.document$) globalThis.document$.subscribe(onPage);
else onPage();
