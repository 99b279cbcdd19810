// @ts-check
// The flashcards page: turns the build's cards.json into a review session. Thin on purpose: scheduling is in
// cards-schedule.js (tested in Node), storage in storage.js. Without this script, or if anything here fails,
// the page keeps its sample of cards and the Anki deck link, and the status line says what went wrong.

import { download, load, readJsonFile, save } from "./storage.js";
import * as schedule from "./cards-schedule.js";

/** @typedef {import("./cards-schedule.js").DeckCard} DeckCard @typedef {import("./cards-schedule.js").State} State */

/** @type {{ root: HTMLElement, rate: (rating: number) => void, reveal: () => void, revealed: () => boolean } | null} */
let active = null;
let timer = 0;

/** @param {string} tag @param {Record<string, string>} attributes @param {string} text */
function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** @param {HTMLElement} root */
async function start(root) {
  const status = /** @type {HTMLElement} */ (root.querySelector("[data-flashcards-status]"));
  const say = (/** @type {string} */ message) => (status.textContent = message);
  const cardsUrl = new URL(root.dataset.cardsUrl ?? "cards.json", location.href);
  const siteRoot = new URL(root.dataset.siteRoot ?? "/", location.href);

  const response = await fetch(cardsUrl);
  if (!response.ok) throw new Error(`the cards could not be loaded (HTTP ${response.status})`);
  const deckFile = await response.json();
  if (!schedule.isDeck(deckFile)) throw new Error("the cards file has an unexpected shape");
  /** @type {DeckCard[]} */
  const deck = deckFile.cards;
  /** @type {import("./cards-schedule.js").FSRSLib} */
  const lib = await import(new URL("../vendor/ts-fsrs/index.mjs", import.meta.url).href);
  const scheduler = schedule.makeScheduler(lib);

  const loaded = load(schedule.STORE_KEY, schedule.freshState, schedule.isState);
  /** @type {State} */
  let state = schedule.reconcile(loaded.data, deck, new Date()).state;
  say(loaded.problem);

  const review = element("section", { class: "flashcards-review", "aria-label": "Review" });
  const counts = element("p", { class: "flashcards-counts", "data-flashcards-counts": "" });
  const card = element("article", { class: "flashcard", "data-flashcard": "" });
  const flagText = "Changed since your last review: a figure was updated.";
  const flag = element("p", { class: "flashcard-flag", "data-flashcard-flag": "", hidden: "" }, flagText);
  const front = element("p", { class: "flashcard-front", "data-flashcard-front": "" });
  const back = element("div", { class: "flashcard-back", "data-flashcard-back": "", tabindex: "-1", hidden: "" });
  const backText = element("p");
  const links = element("p", { class: "flashcard-links", "data-flashcard-links": "" });
  back.append(backText, links);
  card.append(flag, front, back);
  const showButton = element("button", {
    type: "button",
    class: "md-button md-button--primary",
    "data-flashcard-show": "",
    "aria-keyshortcuts": "Space",
  });
  showButton.append("Show answer ", element("kbd", {}, "Space"));
  const ratings = element("div", {
    class: "flashcard-ratings",
    role: "group",
    "aria-label": "How well did you recall it?",
    "data-flashcard-ratings": "",
    hidden: "",
  });
  /** @type {Map<number, HTMLButtonElement>} */
  const buttons = new Map();
  for (const { value, name } of schedule.RATINGS) {
    const attributes = { type: "button", class: "md-button", "data-rating": String(value), "aria-keyshortcuts": String(value) };
    const button = /** @type {HTMLButtonElement} */ (element("button", attributes));
    button.append(element("span", {}, name), element("span", { class: "flashcard-interval" }), element("kbd", {}, String(value)));
    button.addEventListener("click", () => rate(value));
    buttons.set(value, button);
    ratings.append(button);
  }
  const actions = element("div", { class: "flashcard-actions" });
  actions.append(showButton, ratings);
  const done = element("p", { class: "flashcards-done", "data-flashcards-done": "", hidden: "" });
  const tools = element("div", { class: "flashcards-tools" });
  const exportButton = element("button", { type: "button", class: "md-button", "data-flashcards-export": "" }, "Export progress");
  const importButton = element("button", { type: "button", class: "md-button", "data-flashcards-import": "" }, "Import progress");
  const file = /** @type {HTMLInputElement} */ (
    element("input", { type: "file", accept: "application/json,.json", hidden: "", "data-flashcards-file": "" })
  );
  tools.append(exportButton, importButton, file);
  review.append(counts, card, actions, done, tools);

  /** @type {DeckCard | null} */
  let current = null;

  const persist = () => {
    const problem = save(schedule.STORE_KEY, state);
    if (problem) say(`Your progress was ${problem}.`);
  };

  /** @param {string} url @param {string} text */
  const link = (url, text) => element("a", { href: new URL(url, siteRoot).href }, text);

  const render = () => {
    clearTimeout(timer);
    const now = new Date();
    const queue = schedule.plan(state, deck, now);
    current = queue.due[0] ?? queue.fresh[0] ?? null;
    counts.textContent = `${queue.due.length} due, ${queue.fresh.length} new`;
    card.hidden = actions.hidden = !current;
    done.hidden = Boolean(current);
    if (!current) {
      const next = queue.next ? new Date(queue.next) : null;
      done.textContent = next
        ? `Nothing due now. The next card is due ${next.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}.`
        : "Nothing due now, and no new cards left for today: come back tomorrow.";
      const wait = next ? next.getTime() - now.getTime() : Infinity;
      if (wait < 3_600_000) timer = window.setTimeout(render, wait + 500); // a learning step ends within the hour
      return;
    }
    flag.hidden = !queue.changed.has(current.id);
    front.textContent = current.front;
    backText.textContent = current.back;
    links.replaceChildren(link(current.page, "Where the guide explains it"));
    if (current.calculator) links.append(" · ", link(current.calculator, "Calculator"));
    if (current.reference && current.reference !== current.page) {
      links.append(" · ", link(current.reference, "Prices and limits"));
    }
    if (current.source && /^https:\/\//.test(current.source)) {
      links.append(" · ", element("a", { href: current.source, rel: "noopener" }, "Source"));
    }
    const after = schedule.preview(state, lib, scheduler, current, now);
    for (const [value, button] of buttons) {
      const interval = schedule.formatInterval(after[value]);
      /** @type {HTMLElement} */ (button.querySelector(".flashcard-interval")).textContent = interval;
      button.setAttribute("aria-label", `${schedule.RATINGS[value - 1].name}, back in ${interval}`);
    }
    back.hidden = true;
    ratings.hidden = true;
    showButton.hidden = false;
  };

  const reveal = () => {
    if (!current || !back.hidden) return;
    back.hidden = false;
    ratings.hidden = false;
    showButton.hidden = true;
    back.focus();
  };

  /** @param {number} rating */
  const rate = (rating) => {
    if (!current || back.hidden) return;
    state = schedule.review(state, lib, scheduler, current, rating, new Date());
    persist();
    render();
    (current ? showButton : done).focus();
  };

  showButton.addEventListener("click", reveal);
  exportButton.addEventListener("click", () => download("system-design-flashcards.json", state));
  importButton.addEventListener("click", () => file.click());
  file.addEventListener("change", async () => {
    const picked = file.files?.[0];
    file.value = "";
    if (!picked) return;
    try {
      state = schedule.reconcile(await readJsonFile(picked, schedule.isState), deck, new Date()).state;
      persist();
      say(`Imported progress for ${Object.keys(state.cards).length} cards from ${picked.name}.`);
      render();
    } catch (error) {
      say(`Nothing imported: ${error instanceof Error ? error.message : String(error)}.`);
    }
  });

  done.setAttribute("tabindex", "-1");
  /** @type {HTMLElement} */ (root.querySelector("[data-flashcards-sample]")).hidden = true;
  root.append(review);
  render();
  return { root, rate, reveal, revealed: () => !back.hidden };
}

/** Space shows the answer, 1 to 4 rate it, unless the reader is typing or a control would take the key. */
function onKey(/** @type {KeyboardEvent} */ event) {
  if (!active || !active.root.isConnected || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = /** @type {HTMLElement} */ (event.target);
  if (target.closest?.("input, textarea, select, [contenteditable]")) return;
  if (event.key === " " && !active.revealed() && !target.closest?.("button, a, summary")) {
    event.preventDefault();
    active.reveal();
  } else if (/^[1-4]$/.test(event.key) && active.revealed()) {
    event.preventDefault();
    active.rate(Number(event.key));
  }
}

async function mount() {
  active = null;
  const root = /** @type {HTMLElement | null} */ (document.querySelector("[data-flashcards]:not([data-mounted])"));
  if (!root) return;
  root.dataset.mounted = "";
  const status = element("p", {
    class: "flashcards-status",
    role: "status",
    "aria-live": "polite",
    "data-flashcards-status": "",
  });
  root.prepend(status);
  try {
    active = await start(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    status.textContent = `The review could not start (${reason}); the sample below and the Anki deck still work.`;
  }
}

document.addEventListener("keydown", onKey);
// Material's observable of page loads, present when its bundle runs (also after instant navigation).
if (globalThis.document$) globalThis.document$.subscribe(mount);
else mount();
