// @ts-check
// The drills trainer: ask the worker for a drill, collect the typed answers, show the marks it returns, keep the
// history in this browser. Problems, parsing, marking and the worked solution all come from the Python package
// (calculators/drills), the same code `python -m calculators drill` runs.
import { callPython, warmPython } from "./calc.js";
import { download, load, readJsonFile, save } from "./storage.js";

const STORE = "sdg.drills.v1";
const HISTORY_SHOWN = 10;
const HISTORY_KEPT = 500;

/** @typedef {{ family: string, seed: number, pushback: string, score: number, at: string, daily: boolean }} Attempt */

const freshHistory = () => ({ version: 1, attempts: [] });
/** @param {any} data */
const validHistory = (data) =>
  data?.version === 1 &&
  Array.isArray(data.attempts) &&
  data.attempts.every((/** @type {any} */ a) => typeof a?.family === "string" && typeof a?.score === "number");

/** @param {Element} root @param {string} selector */
function $(root, selector) {
  return /** @type {HTMLElement} */ (root.querySelector(selector));
}

/** @param {HTMLElement} trainer @param {string} text */
function say(trainer, text) {
  $(trainer, ".drill-status").textContent = text;
}

/** The drill in the address bar, so that a link reproduces it. @param {any} drill */
function writeUrl(drill) {
  const url = new URL(location.href);
  url.search = "";
  url.searchParams.set("family", drill.family);
  url.searchParams.set("seed", String(drill.seed));
  if (drill.pushback) url.searchParams.set("pushback", drill.pushback);
  try {
    history.replaceState(history.state, "", url);
  } catch {
    // over the browser's budget: the link on the page still says which drill this is
  }
}

/** @param {HTMLElement} trainer @param {any} drill */
function showDrill(trainer, drill) {
  const form = /** @type {HTMLFormElement} */ ($(trainer, "[data-drill-form]"));
  trainer.dataset.family = drill.family;
  trainer.dataset.seed = String(drill.seed);
  trainer.dataset.pushback = drill.pushback;
  trainer.dataset.daily = trainer.dataset.askedDaily === "" ? "" : "true";
  $(form, "[data-drill-title]").textContent = drill.title;
  const meta = [`seed ${drill.seed}`, drill.prices_as_of ? `figures as of ${drill.prices_as_of}, us-east-1` : ""];
  $(form, "[data-drill-meta]").textContent = `(${meta.filter(Boolean).join("; ")})`;
  const question = $(form, "[data-drill-question]");
  question.textContent = drill.pushback_label ? `Follow-up: ${drill.pushback_label}. ${drill.question}` : drill.question;
  const steps = $(form, "[data-drill-steps]");
  steps.replaceChildren(
    ...drill.steps.map((/** @type {any} */ step, /** @type {number} */ index) => {
      const id = `drill-step-${index}`;
      const field = document.createElement("div");
      field.className = "drill-step";
      field.dataset.key = step.key;
      const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: `${step.prompt} ` });
      label.append(Object.assign(document.createElement("span"), { className: "calc-unit", textContent: `(${step.unit_hint})` }));
      const input = Object.assign(document.createElement("input"), {
        type: "text",
        id,
        name: step.key,
        autocomplete: "off",
        spellcheck: false,
      });
      input.setAttribute("aria-describedby", `${id}-error`);
      const error = Object.assign(document.createElement("p"), { className: "calc-error", id: `${id}-error`, hidden: true });
      error.setAttribute("role", "alert");
      field.append(label, input, error);
      return field;
    }),
  );
  form.hidden = false;
  $(trainer, "[data-drill-marks]").hidden = true;
  $(trainer, "[data-drill-pushbacks]").hidden = true;
  trainer.dataset.pushbacks = JSON.stringify(drill.pushbacks);
  writeUrl(drill);
  say(trainer, "Answer each step with its unit if you like (1.5k, 2 MB/s, 3e4, $12k/month), then check.");
  // Asked for (a button, a follow-up, a drill link): straight to the first answer. The page's own daily drill
  // leaves focus where the reader is.
  if (trainer.dataset.askedDaily !== "auto") /** @type {HTMLInputElement | null} */ (steps.querySelector("input"))?.focus({ preventScroll: true });
}

/** @param {HTMLElement} trainer @param {Record<string, unknown>} request */
async function pose(trainer, request) {
  trainer.dataset.askedDaily = request.auto ? "auto" : request.daily ? "true" : "";
  say(trainer, "Preparing a drill…");
  try {
    const reply = await callPython(trainer.dataset.runtime ?? "", "drill", request);
    if (reply.ok) return showDrill(trainer, reply.drill);
    // A link with a bad family, seed or follow-up: say so, and give a fresh drill instead.
    const fresh = await callPython(trainer.dataset.runtime ?? "", "drill", {});
    if (fresh.ok) showDrill(trainer, fresh.drill);
    say(trainer, `The link's drill could not be made (${reply.error.field}: ${reply.error.message}); here is a new one.`);
  } catch (error) {
    say(trainer, `Drills need Python in your browser, which did not start (${error instanceof Error ? error.message : error}). The samples below work without it.`);
  }
}

/** @param {HTMLElement} trainer @param {any[]} errors */
function showAnswerErrors(trainer, errors) {
  for (const step of trainer.querySelectorAll(".drill-step")) {
    const input = /** @type {HTMLInputElement} */ (step.querySelector("input"));
    const message = /** @type {HTMLElement} */ (step.querySelector(".calc-error"));
    const error = errors.find((e) => e.field === input.name);
    message.hidden = !error;
    message.textContent = error ? error.message : "";
    if (error) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
  say(trainer, "Some answers are not numbers yet: fix the marked fields. Nothing was scored.");
  /** @type {HTMLElement | null} */ (trainer.querySelector("[aria-invalid=true]"))?.focus();
}

/** @param {HTMLElement} trainer @param {any} reply */
function showMarks(trainer, reply) {
  showAnswerErrors(trainer, []);
  const marks = $(trainer, "[data-drill-marks]");
  const rows = reply.steps
    .map(
      (/** @type {any} */ s) =>
        `<tr><td>${escapeHtml(s.prompt)}</td><td>${escapeHtml(s.given || "–")}</td><td>${escapeHtml(s.expected_text)}</td><td>${escapeHtml(s.verdict)}</td></tr>`,
    )
    .join("");
  marks.innerHTML =
    `<p class="drill-score"><strong>Score: ${reply.score} / 100</strong></p>` +
    `<table><thead><tr><th>Step</th><th>You said</th><th>Expected</th><th>Verdict</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<p>The worked solution, from the calculators:</p>${reply.solution_html}`;
  marks.hidden = false;
  const pushbacks = JSON.parse(trainer.dataset.pushbacks ?? "[]");
  const box = $(trainer, "[data-drill-pushbacks]");
  box.replaceChildren();
  if (pushbacks.length && !trainer.dataset.pushback) {
    box.append(Object.assign(document.createElement("p"), { textContent: "Interviewer pushback: answer again with one change." }));
    for (const pushback of pushbacks) {
      const button = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: pushback.label });
      button.addEventListener("click", () =>
        pose(trainer, { family: trainer.dataset.family, seed: trainer.dataset.seed, pushback: pushback.name }),
      );
      box.append(button);
    }
    box.hidden = false;
  }
  say(trainer, `Marked: ${reply.score} out of 100. Full marks within 25 %, half within 2x, a fifth within 10x.`);
  record(trainer, reply);
}

/** Problems with the saved history stay in sight (the status line moves on). @param {HTMLElement} trainer @param {string} text */
function storeStatus(trainer, text) {
  const line = $(trainer, "[data-drill-store-status]");
  if (text) line.textContent = text;
  line.hidden = !line.textContent;
}

/** @param {string} text */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {HTMLElement} trainer */
async function check(trainer) {
  const answers = Object.fromEntries(
    [...trainer.querySelectorAll(".drill-step input")].map((el) => [/** @type {HTMLInputElement} */ (el).name, /** @type {HTMLInputElement} */ (el).value]),
  );
  const request = { family: trainer.dataset.family, seed: trainer.dataset.seed, pushback: trainer.dataset.pushback, answers };
  say(trainer, "Marking…");
  try {
    const reply = await callPython(trainer.dataset.runtime ?? "", "drill_check", request, trainer.dataset.pricesUrl ?? "");
    if (reply.ok) showMarks(trainer, reply);
    else showAnswerErrors(trainer, reply.errors ?? [reply.error]);
  } catch (error) {
    say(trainer, `Marking needs Python in your browser, which stopped (${error instanceof Error ? error.message : error}). Check again to retry.`);
  }
}

/** @param {HTMLElement} trainer @param {any} reply */
function record(trainer, reply) {
  const { data, problem } = load(STORE, freshHistory, validHistory);
  /** @type {Attempt} */
  const attempt = {
    family: reply.family,
    seed: reply.seed,
    pushback: reply.pushback,
    score: reply.score,
    at: new Date().toISOString(),
    daily: trainer.dataset.daily === "true",
  };
  data.attempts = [...data.attempts, attempt].slice(-HISTORY_KEPT);
  const failed = save(STORE, data);
  storeStatus(trainer, [problem, failed && `History ${failed}.`].filter(Boolean).join(" "));
  showHistory(trainer, data.attempts);
}

/** @param {HTMLElement} trainer @param {Attempt[]} attempts */
function showHistory(trainer, attempts) {
  const list = $(trainer, "[data-drill-history]");
  const titles = Object.fromEntries([...trainer.querySelectorAll("#drill-family option")].map((o) => [/** @type {HTMLOptionElement} */ (o).value, o.textContent]));
  list.replaceChildren(
    ...attempts
      .slice(-HISTORY_SHOWN)
      .reverse()
      .map((attempt) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        const query = new URLSearchParams({ family: attempt.family, seed: String(attempt.seed) });
        if (attempt.pushback) query.set("pushback", attempt.pushback);
        link.href = `?${query}`;
        link.textContent = `${titles[attempt.family] ?? attempt.family}, seed ${attempt.seed}${attempt.pushback ? " (follow-up)" : ""}`;
        item.append(link, ` — ${attempt.score} / 100, ${new Date(attempt.at).toLocaleDateString()}${attempt.daily ? " (daily)" : ""}`);
        return item;
      }),
  );
  if (!attempts.length) list.append(Object.assign(document.createElement("li"), { textContent: "No drills yet." }));
}

function today() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** @param {HTMLElement} trainer */
function mount(trainer) {
  if (trainer.dataset.mounted) return;
  trainer.dataset.mounted = "true";
  trainer.hidden = false;
  const runtime = trainer.dataset.runtime ?? "";
  warmPython(runtime).catch(() => {});
  const family = /** @type {HTMLSelectElement} */ ($(trainer, "#drill-family"));
  $(trainer, "[data-drill-new]").addEventListener("click", () => pose(trainer, { family: family.value }));
  $(trainer, "[data-drill-daily]").addEventListener("click", () => pose(trainer, { daily: today() }));
  $(trainer, "[data-drill-form]").addEventListener("submit", (event) => {
    event.preventDefault();
    check(trainer);
  });
  $(trainer, "[data-drill-export]").addEventListener("click", () => download("system-design-drills.json", load(STORE, freshHistory, validHistory).data));
  const picker = /** @type {HTMLInputElement} */ ($(trainer, "[data-drill-import]"));
  picker.addEventListener("change", async () => {
    const file = picker.files?.[0];
    if (!file) return;
    try {
      const data = await readJsonFile(file, validHistory);
      const failed = save(STORE, data);
      showHistory(trainer, data.attempts);
      say(trainer, failed ? `Import ${failed}.` : `Imported ${data.attempts.length} drills.`);
    } catch (error) {
      say(trainer, `Nothing imported: ${error instanceof Error ? error.message : error}.`);
    }
    picker.value = "";
  });
  const { data, problem } = load(STORE, freshHistory, validHistory);
  showHistory(trainer, data.attempts);
  const params = new URLSearchParams(location.search);
  const asked = params.get("family");
  if (asked && [...family.options].some((o) => o.value === asked)) family.value = asked;
  if (params.has("seed") || params.has("family")) {
    pose(trainer, { family: params.get("family") ?? "", seed: params.get("seed") ?? "", pushback: params.get("pushback") ?? "" });
  } else {
    trainer.dataset.askedDaily = "auto";
    pose(trainer, { daily: today(), auto: true });
  }
  storeStatus(trainer, problem);
}

function mountAll() {
  for (const trainer of document.querySelectorAll("[data-drill-trainer]")) mount(/** @type {HTMLElement} */ (trainer));
}

// Material's observable of page loads (instant navigation); plain page loads otherwise
if (globalThis.document$) globalThis.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
else mountAll();
