// @ts-check
/// <reference lib="webworker" />
// The guide's service worker: the site keeps working without a network, and a new build is taken only when
// the reader agrees. Hand-written (about 150 lines) rather than Workbox: it needs one cache per build, a
// "save everything" job with progress, and the rules below, and a library would be larger than the worker.
//
// The build (macros/offline.py) fills in BUILD (a hash of every file it wrote) and SHELL (the few files every
// page needs, fetched when the worker installs).
// Rules, for same-origin GET requests inside the worker's scope only (anything else passes through untouched,
// so nothing from another origin is ever cached):
// - files whose address changes when their content does (Material's hashed bundles, the calculators' runtime
//   folder, named by a hash) come from the cache first;
// - everything else (pages, the search index, this site's own scripts and the pinned vendor files) from the
//   network first, so an online reader always sees one build's files together, and from the cache when the
//   network fails or takes longer than NETWORK_WAIT_MS;
// - what is fetched is kept, so pages read once can be read again offline; "Save for offline" fetches the rest.
const BUILD = "dev"; // the build writes its id here
const SHELL = /** @type {string[]} */ ([]); // the build lists the shell here
const CACHE_PREFIX = "guide-";
const CACHE = CACHE_PREFIX + BUILD;
const NETWORK_WAIT_MS = 4000;
const IMMUTABLE = [/\/assets\/runtime\/[0-9a-f]+\//, /\/assets\/(javascripts|stylesheets)\/[^/]*\.[0-9a-f]{8,}\.min\.(js|css)$/];
const OFFLINE_LIST = "offline.json";

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const scope = new URL(sw.registration.scope);

sw.addEventListener("install", (event) => {
  // The new build waits (no skipWaiting here) until the reader accepts the update: the page they are reading
  // keeps the files it was built with.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((path) => new URL(path, scope).href))));
});

// The diagrams diagrams.js drew and kept (keyed by mermaid's version, its settings and each diagram's text): they
// go with the build they were drawn under, since a new one may style them differently, and so they never pile up.
const DRAWN_DIAGRAMS = "drawn-diagrams";

// Older builds' caches go when this build takes over, and again on each page load: a request the old worker
// was still answering at the switch may have opened its cache again.
async function deleteOlderBuilds() {
  let older = false;
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== CACHE) older = (await caches.delete(name)) || older;
  }
  if (older) await caches.delete(DRAWN_DIAGRAMS);
}

sw.addEventListener("activate", (event) => {
  // Take the open pages first, then delete: a page never finds its worker's cache gone while it still asks it.
  event.waitUntil(sw.clients.claim().then(deleteOlderBuilds));
});

sw.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.type === "take-update") sw.skipWaiting();
  else if (data.type === "build") event.ports[0]?.postMessage({ build: BUILD });
  else if (data.type === "save-offline") event.waitUntil(saveAll(event.ports[0]));
});

/** @param {Request} request */
function handled(request) {
  if (request.method !== "GET" || request.headers.has("range")) return false;
  const url = new URL(request.url);
  // mkdocs serve's live-reload polling is the development server talking to itself, not a file to keep.
  return url.origin === scope.origin && url.pathname.startsWith(scope.pathname) && !url.pathname.includes("/livereload/");
}

/** A page's address without its query (a calculator's inputs live there) or fragment.
 * @param {string} address */
function pageKey(address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  return url.href;
}

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!handled(request)) return;
  const url = request.url;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(event, pageKey(url), true));
    event.waitUntil(deleteOlderBuilds());
  } else if (IMMUTABLE.some((pattern) => pattern.test(new URL(url).pathname))) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(event, url, false));
});

// The network's answer goes to the page at once and is kept behind it (the caller's waitUntil): the page never waits
// for a write (Python's 10 MB WebAssembly used to reach it only once written whole). A copy the cache already
// holds (same validators) is not written again, so a return visit does not rewrite the runtime on disk.
/** @param {Cache} cache @param {string} key @param {Response} response */
async function keep(cache, key, response) {
  const kept = await cache.match(key);
  if (kept && sameVersion(kept, response)) {
    await response.body?.cancel();
    return;
  }
  await cache.put(key, response);
}

/** @param {Response} a @param {Response} b */
function sameVersion(a, b) {
  const validators = (/** @type {Response} */ r) =>
    ["etag", "last-modified", "content-length"].map((name) => r.headers.get(name));
  const [x, y] = [validators(a), validators(b)];
  return (x[0] !== null || x[1] !== null) && x.every((value, index) => value === y[index]);
}

/** @param {Response} response */
function keepable(response) {
  return response.ok && response.status === 200 && response.type === "basic";
}

/** @param {Request} request */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (keepable(response)) await cache.put(request, response.clone());
  return response;
}

/**
 * The network's answer when it comes in time (kept for later), else the kept copy; a page never read and
 * never saved gets a short offline page instead of the browser's error.
 * @param {FetchEvent} event @param {string} key @param {boolean} page
 */
async function networkFirst(event, key, page) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(event.request).then((response) => {
    if (keepable(response)) {
      const keeping = keep(cache, key, response.clone()).catch(() => {}); // a full disk: answered, just not kept
      try {
        event.waitUntil(keeping);
      } catch {
        // the kept copy answered already (a slow network): this newer one is still kept while the worker runs
      }
    }
    return response;
  });
  fromNetwork.catch(() => {}); // answered from the cache instead: a late failure is nobody's error
  /** @type {Promise<Response | undefined>} */
  const late = new Promise((resolve) => setTimeout(() => resolve(undefined), NETWORK_WAIT_MS));
  try {
    const first = await Promise.race([fromNetwork, late]);
    if (first) return first;
    const kept = await cache.match(key, { ignoreSearch: page });
    return kept ?? (await fromNetwork);
  } catch (error) {
    const kept = await cache.match(key, { ignoreSearch: page });
    if (kept) return kept;
    if (!page) throw error;
    return new Response(
      "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'><title>Offline</title>" +
        "<p style='font:1rem/1.5 system-ui,sans-serif;margin:2rem'>You are offline, and this page was not saved. " +
        "Pages you have read, or all of them after <em>Save for offline</em>, open without a network.</p>",
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } },
    );
  }
}

/**
 * "Save for offline": every file the build lists, fetched into this build's cache, with progress by bytes.
 * @param {MessagePort | undefined} port
 */
async function saveAll(port) {
  const say = (/** @type {object} */ message) => port?.postMessage(message);
  try {
    const response = await fetch(new URL(OFFLINE_LIST, scope), { cache: "no-cache" });
    const list = /** @type {{build: string, files: {path: string, bytes: number}[]}} */ (await response.json());
    if (list.build !== BUILD) throw new Error("a newer build is published: reload the page first");
    const cache = await caches.open(CACHE);
    const total = list.files.reduce((sum, file) => sum + file.bytes, 0);
    let done = 0;
    for (const file of list.files) {
      const address = new URL(file.path, scope).href;
      if (!(await cache.match(address))) {
        const fetched = await fetch(address);
        if (!keepable(fetched)) throw new Error(`${file.path}: HTTP ${fetched.status}`);
        await cache.put(address, fetched);
      }
      done += file.bytes;
      say({ type: "progress", done, total });
    }
    say({ type: "saved", total });
  } catch (error) {
    say({ type: "failed", message: String(/** @type {Error} */ (error)?.message ?? error) });
  }
}
