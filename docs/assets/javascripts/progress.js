// @ts-check
// The progress page: drill scores by family and flashcards due, read from this browser's storage only.
// Nothing here is computed for the guide's figures; it only counts what the reader did.
import { load, reset } from "./storage.js";

const DRILLS = "sdg.drills.v1";
const CARDS = "sdg.cards.v1";
const RECENT = 5;

/** @param {any} data */
const validDrills = (data) => data?.version === 1 && Array.isArray(data.attempts);
/** @param {any} data */
const validCards = (data) => data?.version === 1 && typeof data.cards === "object" && data.cards !== null;

/** @param {Element} root @param {string} selector */
function $(root, selector) {
  return /** @type {HTMLElement} */ (root.querySelector(selector));
}

/** @param {number[]} values */
const mean = (values) => (values.length ? Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10 : 0);

/** @param {HTMLElement} page @param {string[]} problems */
function showDrills(page, problems) {
  const { data, problem } = load(DRILLS, () => ({ version: 1, attempts: [] }), validDrills);
  if (problem) problems.push(problem);
  const titles = JSON.parse(page.dataset.families ?? "{}");
  /** @type {Map<string, number[]>} */
  const byFamily = new Map();
  for (const attempt of data.attempts) byFamily.set(attempt.family, [...(byFamily.get(attempt.family) ?? []), attempt.score]);
  const body = $(page, "[data-progress-drills] tbody");
  body.replaceChildren(
    ...[...byFamily].map(([family, scores]) => {
      const row = document.createElement("tr");
      const link = Object.assign(document.createElement("a"), { href: `../drills/?family=${encodeURIComponent(family)}`, textContent: titles[family] ?? family });
      const name = document.createElement("td");
      name.append(link);
      const cells = [String(scores.length), String(Math.max(...scores)), String(mean(scores.slice(-RECENT)))];
      row.append(name, ...cells.map((text) => Object.assign(document.createElement("td"), { textContent: text })));
      return row;
    }),
  );
  $(page, "[data-progress-drills-empty]").hidden = data.attempts.length > 0;
  $(page, "[data-progress-drills]").hidden = data.attempts.length === 0;
  $(page, "[data-progress-drills-total]").textContent = `${data.attempts.length} drills done, average ${mean(data.attempts.map((/** @type {any} */ a) => a.score))} / 100.`;
}

/** @param {HTMLElement} page @param {string[]} problems */
async function showCards(page, problems) {
  const { data, problem } = load(CARDS, () => ({ version: 1, cards: {}, reviews: [] }), validCards);
  if (problem) problems.push(problem);
  const now = Date.now();
  const states = Object.values(data.cards);
  const due = states.filter((/** @type {any} */ s) => Date.parse(s?.card?.due) <= now).length;
  let total = NaN;
  try {
    const response = await fetch(page.dataset.cardsUrl ?? "");
    if (response.ok) total = (await response.json()).cards.length;
  } catch {
    // offline and not cached: the count of new cards is left out
  }
  const fresh = Number.isNaN(total) ? "" : `, ${Math.max(0, total - states.length)} never seen`;
  $(page, "[data-progress-cards]").textContent = `${states.length} cards studied, ${due} due now${fresh}.`;
}

/** @param {HTMLElement} page */
async function refresh(page) {
  /** @type {string[]} */
  const problems = [];
  showDrills(page, problems);
  await showCards(page, problems);
  $(page, "[data-progress-status]").textContent = problems.join(" ");
}

/** @param {HTMLElement} page */
function mount(page) {
  if (page.dataset.mounted) return;
  page.dataset.mounted = "true";
  page.hidden = false;
  for (const button of page.querySelectorAll("[data-progress-reset]")) {
    button.addEventListener("click", async () => {
      const key = /** @type {HTMLElement} */ (button).dataset.progressReset === "cards" ? CARDS : DRILLS;
      const what = key === CARDS ? "your flashcard schedule" : "your drill history";
      if (!confirm(`Forget ${what} in this browser? This cannot be undone (export it first to keep a copy).`)) return;
      reset(key);
      await refresh(page);
      $(page, "[data-progress-status]").textContent = `Forgot ${what}.`;
    });
  }
  refresh(page);
}

function mountAll() {
  for (const page of document.querySelectorAll("[data-progress]")) mount(/** @type {HTMLElement} */ (page));
}

// Material's observable of page loads (instant navigation); plain page loads otherwise
if (globalThis.document$) globalThis.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
else mountAll();
