// @ts-check
// Calculator widgets: collect the fields, ask the worker, swap the HTML. No arithmetic happens here;
// parsing, validation, numbers and formatting all come from the Python package.
//
// One worker per document, kept on globalThis so that Material's instant navigation (which swaps the
// page content but keeps the document) reuses the Python that has already started.

const WORKER_URL = new URL("./calc-worker.js", import.meta.url);
// This set and the two below are asked about globals that are usually unset, hence `undefined` in their type.
/** @type {Set<string | undefined>} */
const START_MODES = new Set(["load", "visible", "input", "idle"]);
const DEFAULT_START_MODE = "load";
// How Python starts (see calc-worker.js); `make bench` compares them. By default ("auto"): from the memory
// snapshot when this browser already keeps it (a return visit, after the first one kept it in idle time),
// else from the precompiled library; the worker looks in the cache itself and falls back to the library when
// nothing is kept or the snapshot fails.
/** @type {Set<string | undefined>} */
const RUNTIME_MODES = new Set(["pyc", "snapshot", "stock", "auto"]);
const DEFAULT_RUNTIME_MODE = "auto";
const DEFAULT_READY_TIMEOUT_MS = 20000;
// A request the worker has not answered in this time means it is stuck or gone: it is stopped and restarted.
const DEFAULT_RUN_TIMEOUT_MS = 15000;
// The address bar follows the inputs, but only once typing pauses: Safari throws after 100 replaceState
// calls in 30 s, and a throw there must never stop a result from updating.
const URL_WRITE_DELAY_MS = 400;
// Connections on which the ~5 MB runtime waits until the reader touches a calculator.
/** @type {Set<string | undefined>} */
const SLOW_CONNECTIONS = new Set(["slow-2g", "2g", "3g"]);

/**
 * A field's control: a text box, a checkbox or a select. The code tells them apart by `type` and `tagName`, which
 * TypeScript does not narrow on, so this type has a checkbox's members (checked) and a select's (options, add) too.
 * @typedef {HTMLInputElement & Pick<HTMLSelectElement, "options" | "add">} Control
 * @typedef {{ field: string, message: string }} FieldError
 * What calculators.web.run answers for valid inputs (its docstring has the whole contract); the widget asks
 * without the charts (charts_html null) and for them on their own once the result is shown.
 * @typedef {{ ok: true, html: string, markdown: string, summary: string, charts_html: string | null,
 *   outputs: Record<string, number | string | boolean> }} Result
 * @typedef {ReturnType<typeof runtimeOf>} Runtime
 */

const engine = (globalThis.__calcEngine ??= {
  worker: null,
  ready: null,
  pending: new Map(),
  nextId: 1,
  failure: null,
  snapshotKept: false,
  started: null,
});

// Under the guide's service worker, a return visit may find the snapshot kept: the worker reads it from the cache
// and never from the network (never a 30 MB download on the way to a first result). Asking the cache here first
// would hold the start back: measured at 0.3-0.45 s on a return visit, while the service worker serves the page.
/** @param {Runtime} runtime */
function chooseRuntime(runtime) {
  if (runtime.mode !== "auto") return runtime.mode;
  return navigator.serviceWorker?.controller ? "kept-snapshot" : "pyc";
}

// After a first visit's start, and only in idle time, on a connection that is not metered or slow: ask for the
// snapshot once the service worker (registered at idle by offline.js) controls the page, so that it keeps it
// for the next visit.
/** @param {Runtime} runtime @param {string} started how the worker started: "snapshot" needs nothing more */
async function keepSnapshotForNextVisit(runtime, started) {
  const connection = navigator.connection;
  if (runtime.mode !== "auto" || started === "snapshot" || !("serviceWorker" in navigator)) return;
  if (connection?.saveData || SLOW_CONNECTIONS.has(connection?.effectiveType)) return;
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  }
  (globalThis.requestIdleCallback ?? setTimeout)(async () => {
    try {
      const response = await fetch(runtime.snapshotUrl);
      if (response.ok) await response.blob(); // read through, so the worker's copy is whole
      engine.snapshotKept = response.ok;
    } catch {
      // offline or evicted: the next visit starts from the library, as this one did
    }
  });
}

function startMode() {
  const mode = globalThis.CALC_START_MODE;
  if (START_MODES.has(mode)) return mode;
  const connection = navigator.connection;
  if (connection?.saveData || SLOW_CONNECTIONS.has(connection?.effectiveType)) return "input";
  return DEFAULT_START_MODE;
}

/** A calculator's form, or a stand-in with just its data-runtime. @param {{ dataset: DOMStringMap }} form */
function runtimeOf(form) {
  const runtime = JSON.parse(/** @type {string} */ (form.dataset.runtime));
  const resolve = (/** @type {string} */ path) => new URL(path, location.href).href;
  return {
    mode: RUNTIME_MODES.has(globalThis.CALC_RUNTIME) ? globalThis.CALC_RUNTIME : DEFAULT_RUNTIME_MODE,
    wheelUrl: resolve(runtime.wheel),
    stdlibUrl: resolve(runtime.stdlib),
    snapshotUrl: resolve(runtime.snapshot),
    pyodideVersion: runtime.pyodideVersion,
    lockInfo: runtime.lockInfo,
  };
}

// Stops the worker (stuck, crashed or timed out): whatever it still owed is rejected with `error`, and the
// next request starts a fresh one.
/** @param {Error} error */
function stopEngine(error) {
  engine.worker?.terminate();
  engine.worker = null;
  engine.ready = null;
  for (const settle of engine.pending.values()) settle({ crash: error.message });
  engine.pending.clear();
}

/** @param {Runtime} runtime */
function startEngine(runtime) {
  if (engine.ready) return engine.ready;
  engine.failure = null;
  /** @type {Promise<Worker>} */
  const starting = new Promise((resolve, reject) => {
    const timeoutMs = globalThis.CALC_READY_TIMEOUT_MS ?? DEFAULT_READY_TIMEOUT_MS;
    const fail = (/** @type {Error} */ error) => {
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`Python did not start within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
    const worker = new Worker(WORKER_URL, { type: "module" });
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") {
        clearTimeout(timer);
        engine.started = data.started;
        resolve(worker);
        keepSnapshotForNextVisit(runtime, data.started);
      } else if (data.type === "failed") {
        fail(new Error(data.message));
      } else if (data.type === "result") {
        engine.pending.get(data.id)?.(data);
        engine.pending.delete(data.id);
      }
    };
    // Before "ready" this fails the start; after it, the worker crashed: what it owed is rejected.
    worker.onerror = (event) => {
      event.preventDefault?.();
      const error = new Error(event.message || "the calculator worker stopped");
      if (engine.worker === worker) stopEngine(error);
      fail(error);
    };
    engine.worker = worker;
    worker.postMessage({ type: "init", ...runtime, mode: chooseRuntime(runtime) });
  });
  engine.ready = starting;
  starting.catch((error) => {
    if (engine.ready === starting) stopEngine(error); // a start that failed leaves nothing running
    if (engine.ready) return; // a newer start is already under way
    engine.failure = error;
    document.dispatchEvent(new CustomEvent("calc:unavailable", { detail: error }));
  });
  return starting;
}

/**
 * The result alone: its charts come after it (refreshCharts).
 * @param {Runtime} runtime @param {string | undefined} name the form's data-calculator
 * @param {Record<string, unknown>} inputs @param {string} pricesUrl
 */
async function runCalculator(runtime, name, inputs, pricesUrl) {
  return ask(runtime, { type: "run", name, payload: JSON.stringify(inputs), pricesUrl, withCharts: false });
}

// One request to the worker (started if need be), answered with the bridge's parsed JSON. A worker that does not
// answer in time is stopped, so the next request starts a fresh one.
/** @param {Runtime} runtime @param {object} message @returns {Promise<any>} */
async function ask(runtime, message) {
  const worker = await startEngine(runtime);
  const id = engine.nextId++;
  const timeoutMs = globalThis.CALC_RUN_TIMEOUT_MS ?? DEFAULT_RUN_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (engine.worker === worker) stopEngine(new Error(`the calculator did not answer within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    engine.pending.set(id, (reply) => {
      clearTimeout(timer);
      if (reply.crash) reject(new Error(reply.crash));
      else resolve(JSON.parse(/** @type {string} */ (reply.json)));
    });
    worker.postMessage({ ...message, id });
  });
}

/**
 * For other pages' scripts (the drills): call bridge function `fn` of calculators.web with `payload`, in the one
 * worker this document shares with the calculator widgets. `runtimeJson` is the data-runtime attribute the build
 * wrote. Rejects when Python cannot start or stops answering.
 * @param {string} runtimeJson @param {string} fn @param {unknown} payload @param {string} [pricesUrl]
 */
export function callPython(runtimeJson, fn, payload, pricesUrl = "") {
  return ask(runtimeOf({ dataset: { runtime: runtimeJson } }), { type: "call", fn, payload: JSON.stringify(payload), pricesUrl });
}

/**
 * Python's start on this page, for scripts that should not compete with it for the CPU (diagrams.js): a promise
 * settled once Python is up or has failed, or null when nothing has started it.
 */
export function pythonStarting() {
  return engine.ready;
}

/** Start Python now (a drills page starts it as soon as it is shown). @param {string} runtimeJson */
export function warmPython(runtimeJson) {
  return startEngine(runtimeOf({ dataset: { runtime: runtimeJson } }));
}

/** @param {HTMLFormElement} form */
function controls(form) {
  return /** @type {Control[]} */ ([...form.querySelectorAll(".calc-field [name]")]);
}

/** @param {HTMLFormElement} form */
function collectInputs(form) {
  return Object.fromEntries(controls(form).map((el) => [el.name, el.type === "checkbox" ? el.checked : el.value]));
}

// What the build wrote into the control, to tell whether the reader (or the browser restoring a form on
// Back) changed it before this script was listening.
/** @param {Control} el */
function builtValue(el) {
  if (el.type === "checkbox") return el.defaultChecked;
  if (el.tagName === "SELECT") return ([...el.options].find((option) => option.defaultSelected) ?? el.options[0])?.value;
  return el.defaultValue;
}

/** @param {HTMLFormElement} form */
function changedBeforeMount(form) {
  return controls(form).some((el) => (el.type === "checkbox" ? el.checked : el.value) !== builtValue(el));
}

/** @param {HTMLFormElement} form @param {string} field */
function urlKey(form, field) {
  return `${form.dataset.calcId}.${field}`;
}

/** @type {{ forms: Map<HTMLFormElement, Record<string, string | boolean>>, timer: number, path: string }} */
const urlWrites = { forms: new Map(), timer: 0, path: "" };

// Written once typing pauses, for the page it was typed on (instant navigation may have moved on since).
/** @param {HTMLFormElement} form @param {Record<string, string | boolean>} inputs */
function writeUrl(form, inputs) {
  if (urlWrites.path !== location.pathname) urlWrites.forms.clear();
  urlWrites.path = location.pathname;
  urlWrites.forms.set(form, inputs);
  clearTimeout(urlWrites.timer);
  urlWrites.timer = setTimeout(flushUrl, URL_WRITE_DELAY_MS);
}

function flushUrl() {
  const writes = [...urlWrites.forms];
  urlWrites.forms.clear();
  if (urlWrites.path !== location.pathname) return;
  const url = new URL(location.href);
  for (const [form, inputs] of writes) {
    for (const [field, value] of Object.entries(inputs)) url.searchParams.set(urlKey(form, field), String(value));
  }
  try {
    history.replaceState(history.state, "", url);
  } catch {
    // Over the browser's budget (Safari): the address catches up on the next pause; the result never waits on it.
  }
}

// A value from the address that the control cannot hold (an option that does not exist, text in a number
// box) is shown as it came and sent to Python as typed, so the error names it instead of a blank control.
/** @param {HTMLFormElement} form */
function restoreFromUrl(form) {
  const params = new URL(location.href).searchParams;
  let restored = false;
  for (const el of controls(form)) {
    const value = params.get(urlKey(form, el.name));
    if (value === null) continue;
    if (el.type === "checkbox") el.checked = value === "true";
    else if (el.tagName === "SELECT" && ![...el.options].some((option) => option.value === value)) {
      el.add(new Option(value, value, false, true));
      el.options[el.options.length - 1].dataset.fromUrl = "true";
    } else el.value = value;
    restored = true;
  }
  return restored;
}

// An input that matters only in some modes (data-applies-field/-values, from the Python declaration) is shown
// only while its choice or switch holds one of those values.
/** @param {HTMLFormElement} form */
function showApplicable(form) {
  for (const field of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll(".calc-field[data-applies-field]"))) {
    const control = /** @type {Control | null} */ (
      form.querySelector(`.calc-field [name="${CSS.escape(/** @type {string} */ (field.dataset.appliesField))}"]`)
    );
    if (!control) continue;
    const value = control.type === "checkbox" ? String(control.checked) : control.value;
    field.hidden = !/** @type {string} */ (field.dataset.appliesValues).split(" ").includes(value);
  }
}

// The option a bad address added goes once the reader picks a real one.
/** @param {HTMLFormElement} form */
function dropUrlOnlyOptions(form) {
  for (const option of /** @type {NodeListOf<HTMLOptionElement>} */ (form.querySelectorAll("option[data-from-url]"))) {
    if (!option.selected) option.remove();
  }
}

/** @param {HTMLFormElement} form @param {string} text */
function setStatus(form, text) {
  /** @type {HTMLElement} */ (form.querySelector(".calc-status")).textContent = text;
}

/** @param {HTMLFormElement} form */
function clearErrors(form) {
  for (const el of controls(form)) el.removeAttribute("aria-invalid");
  for (const message of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll(".calc-error"))) {
    message.textContent = "";
    message.hidden = true;
  }
}

// Every field in error is flagged at once, and only those: a field fixed since the last answer is cleared.
/** @param {HTMLFormElement} form @param {FieldError[]} errors */
function showErrors(form, errors) {
  clearErrors(form);
  const result = /** @type {HTMLElement} */ (form.querySelector(".calc-result"));
  result.classList.add("calc-stale");
  form.querySelector(".calc-sensitivity-body")?.classList.add("calc-stale");
  if (form.dataset.charts) form.dataset.charts = "stale";
  const elsewhere = [];
  for (const error of errors) {
    const control = form.querySelector(`.calc-field [name="${CSS.escape(error.field)}"]`);
    if (!control || /** @type {HTMLElement} */ (control.closest(".calc-field")).hidden) {
      elsewhere.push(error.message); // no field to show it at: said in the status line
      continue;
    }
    control.setAttribute("aria-invalid", "true");
    const message = /** @type {HTMLElement} */ (form.querySelector(`#${CSS.escape(control.id)}-error`));
    message.textContent = error.message;
    message.hidden = false;
  }
  const shown = form.dataset.shown === "live" ? "from the last valid inputs" : "from the inputs the page was built with";
  setStatus(form, `${elsewhere.map((text) => text + ". ").join("")}The result below is ${shown}.`);
}

/** @param {HTMLFormElement} form @param {Result} reply */
function showResult(form, reply) {
  clearErrors(form);
  const result = /** @type {HTMLElement} */ (form.querySelector(".calc-result"));
  result.innerHTML = reply.html;
  result.dataset.markdown = reply.markdown;
  /** @type {HTMLElement} */ (form.querySelector(".calc-summary")).textContent = reply.summary;
  result.classList.remove("calc-stale");
  setStatus(form, "Live: recomputed in your browser.");
  form.dataset.state = "live";
  form.dataset.shown = "live";
  feedOn(form, reply.outputs);
  if (/** @type {HTMLDetailsElement | null} */ (form.querySelector(".calc-sensitivity"))?.open) refreshSensitivity(form);
}

// A chart is two dozen calculations of its line, about ten times the result itself, so the charts follow the
// result: asked for once it is on screen, and only if no newer input has come in by then, so typing faster than
// they draw never queues stale charts in the worker. data-charts says where they are: "pending" (being redrawn
// for the result shown), "drawn" (they match it), "stale" (of earlier inputs: in error, or not redrawn).
/** @param {HTMLFormElement} form @param {string} ticket @param {Record<string, unknown>} inputs */
async function refreshCharts(form, ticket, inputs) {
  const charts = /** @type {HTMLElement | null} */ (form.querySelector(".calc-charts")); // only calculators with charts
  if (!charts) return;
  form.dataset.charts = "pending";
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (form.dataset.ticket !== ticket) return;
  try {
    const payload = JSON.stringify({ name: form.dataset.calculator, inputs });
    const reply = await ask(runtimeOf(form), { type: "call", fn: "charts", payload });
    if (form.dataset.ticket !== ticket) return;
    if (!reply.ok) throw new Error(reply.error.message); // the inputs its result was computed from: not expected
    drawCharts(charts, reply.html);
    charts.classList.remove("calc-stale");
    form.dataset.charts = "drawn";
  } catch (error) {
    if (form.dataset.ticket !== ticket) return;
    charts.classList.add("calc-stale");
    form.dataset.charts = "stale";
    setStatus(form, `Live: recomputed in your browser. The charts could not be redrawn (${/** @type {Error} */ (error).message}) and show earlier inputs.`);
  }
}

/** @param {HTMLElement} charts @param {string} html */
function drawCharts(charts, html) {
  // A data table the reader opened stays open through the redraw.
  const open = [...charts.querySelectorAll("details")].map((details) => details.open);
  charts.innerHTML = html;
  charts.querySelectorAll("details").forEach((details, index) => (details.open = open[index] ?? false));
}

// The sensitivity view (which input moves the answer most) costs about twenty calculations, so it is asked for
// only while open, and after the result it explains: the result never waits for it.
/** @param {HTMLFormElement} form */
async function refreshSensitivity(form) {
  const body = /** @type {HTMLElement} */ (form.querySelector(".calc-sensitivity-body"));
  const ticket = form.dataset.ticket ?? "0";
  if (!body.firstChild) body.textContent = "Computing…";
  const inputs = collectInputs(form);
  try {
    const payload = JSON.stringify({ name: form.dataset.calculator, inputs });
    const reply = await ask(runtimeOf(form), { type: "call", fn: "sensitivity", payload });
    if ((form.dataset.ticket ?? "0") !== ticket) return; // the inputs changed meanwhile: their result asks again
    body.classList.toggle("calc-stale", !reply.ok); // inputs in error: the last view stays, marked as such
    if (reply.ok) body.innerHTML = reply.html;
    else if (!body.querySelector("figure")) body.textContent = `Fix the inputs first: ${reply.error.message}.`;
  } catch (error) {
    body.textContent = `Unavailable: ${/** @type {Error} */ (error).message}.`;
  }
}

// A scenario page chains widgets (data-feeds, written by the build): a widget's new output fills the inputs
// it feeds below, which then recompute. The rounding matches macros/feeds.py (six significant digits).
const FED_DIGITS = 6;

/** @param {HTMLFormElement} source @param {Result["outputs"]} outputs */
function feedOn(source, outputs) {
  for (const target of /** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll("form[data-feeds]"))) {
    let changed = false;
    for (const [field, link] of Object.entries(JSON.parse(/** @type {string} */ (target.dataset.feeds)))) {
      if (link.from !== source.dataset.calcId || typeof outputs[link.output] !== "number") continue;
      const value = Number((/** @type {number} */ (outputs[link.output]) * link.scale).toPrecision(FED_DIGITS));
      const control = /** @type {HTMLInputElement | null} */ (target.querySelector(`.calc-field [name="${CSS.escape(field)}"]`));
      const shown = value.toLocaleString("en-US", { maximumFractionDigits: 20 });
      if (control && control.value !== shown) {
        control.value = shown;
        changed = true;
      }
    }
    if (changed) recompute(target);
  }
}

/** @param {HTMLFormElement} form @param {Error} error */
function showUnavailable(form, error) {
  form.dataset.state = "unavailable";
  const changed = form.dataset.dirty === "true";
  if (changed) /** @type {HTMLElement} */ (form.querySelector(".calc-result")).classList.add("calc-stale");
  if (changed && form.dataset.charts) form.dataset.charts = "stale";
  const shown =
    form.dataset.shown === "live"
      ? "The result below is from the last inputs it computed."
      : changed
        ? "The result below was computed when the page was built, for the inputs it was built with."
        : "The result below was computed when the page was built.";
  setStatus(form, `Live recalculation is unavailable (${error.message}). ${shown} Change any input to try again.`);
}

/** @param {HTMLFormElement} form */
async function recompute(form) {
  const inputs = collectInputs(form);
  const ticket = (Number(form.dataset.ticket ?? 0) + 1).toString();
  form.dataset.ticket = ticket;
  form.dataset.dirty = "true";
  writeUrl(form, inputs);
  if (!engine.ready || !["live", "ready"].includes(/** @type {string} */ (form.dataset.state))) {
    setStatus(form, "Starting Python in your browser…");
    form.dataset.state = "starting";
  }
  try {
    const reply = await runCalculator(runtimeOf(form), form.dataset.calculator, inputs, form.dataset.pricesUrl ?? "");
    if (form.dataset.ticket !== ticket) return; // a newer input already superseded this answer
    if (reply.ok) {
      showResult(form, reply);
      refreshCharts(form, ticket, inputs);
    } else showErrors(form, reply.errors ?? [reply.error]);
  } catch (error) {
    if (form.dataset.ticket === ticket) showUnavailable(form, /** @type {Error} */ (error));
  }
}

/** @param {HTMLFormElement} form */
async function copyWorking(form) {
  const text = /** @type {string} */ (/** @type {HTMLElement} */ (form.querySelector(".calc-result")).dataset.markdown);
  try {
    await navigator.clipboard.writeText(text);
    setStatus(form, "Copied the working as Markdown.");
  } catch {
    setStatus(form, "Copying is blocked here; select the working and copy it by hand.");
  }
}

/** @param {HTMLFormElement} form */
function announceReady(form) {
  if (!form.dataset.state) {
    form.dataset.state = "ready";
    setStatus(form, "Live: change any input to recompute in your browser.");
  }
}

/** @param {HTMLFormElement} form */
function scheduleStart(form) {
  const start = () =>
    startEngine(runtimeOf(form)).then(
      () => announceReady(form),
      () => {},
    );
  const mode = startMode();
  if (mode === "load") start();
  else if (mode === "idle") (globalThis.requestIdleCallback ?? setTimeout)(start);
  else if (mode === "visible") {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    });
    observer.observe(form);
  }
  // "input": the first recompute starts it.
}

/** @param {HTMLFormElement} form */
function mount(form) {
  if (form.dataset.mounted) return;
  form.dataset.mounted = "true";
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", () => {
    // checkboxes and selects fire "input" too
    dropUrlOnlyOptions(form);
    showApplicable(form);
    recompute(form);
  });
  const copy = /** @type {HTMLElement} */ (form.querySelector(".calc-copy"));
  copy.hidden = false;
  const sensitivity = /** @type {HTMLDetailsElement | null} */ (form.querySelector(".calc-sensitivity"));
  if (sensitivity) {
    sensitivity.hidden = false;
    sensitivity.addEventListener("toggle", () => sensitivity.open && refreshSensitivity(form));
  }
  copy.addEventListener("click", () => copyWorking(form));
  if (engine.failure) {
    showUnavailable(form, engine.failure);
  } else if (restoreFromUrl(form) || changedBeforeMount(form)) {
    showApplicable(form);
    /** @type {HTMLElement} */ (form.querySelector(".calc-result")).classList.add("calc-stale");
    recompute(form);
  } else {
    scheduleStart(form);
  }
}

function mountAll() {
  for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll("form[data-calculator]"))) mount(form);
}

document.addEventListener("calc:unavailable", (event) => {
  for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll("form[data-calculator]"))) {
    showUnavailable(form, event.detail);
  }
});

// A calculator page asks for this script in its head, beside a meta naming the page's runtime (the build's
// macros/hooks.py), so this may run while the page is still parsing, before any widget exists and before
// Material's bundle: Python starts from the meta at once. The widgets are mounted once the page is parsed,
// and those of each page instant navigation brings in.
function followPages() {
  if (globalThis.document$) globalThis.document$.subscribe(mountAll);
  else mountAll();
}

function startFromHead() {
  const meta = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="calc-runtime"]'));
  // A start that fails is said at each widget as it is mounted (engine.failure).
  if (meta && startMode() === "load") startEngine(runtimeOf({ dataset: { runtime: meta.content } }));
}

if (document.readyState === "loading") {
  startFromHead();
  document.addEventListener("DOMContentLoaded", followPages, { once: true });
} else {
  followPages();
}
