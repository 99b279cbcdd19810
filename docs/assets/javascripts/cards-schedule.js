// @ts-check
// Flashcard scheduling without the page: which cards are due, which new ones to introduce today, and what a
// rating does to a card. Pure functions over plain JSON (no DOM, no storage), so Node tests them as they are.
//
// The scheduler is FSRS, through ts-fsrs: the open-spaced-repetition project's own TypeScript implementation,
// the same algorithm as its Python `fsrs` package (and Anki's). It runs in the page itself, so a review answers
// at once, with no need to start the 5 MB Python runtime the calculators use (which matters on a phone or
// with Save-Data on). The library is passed in (`lib`), never imported here: the page hands over the copy the
// site serves (assets/vendor/ts-fsrs/), the tests the one in node_modules.
//
// Stored state (localStorage "sdg.cards.v1"; the progress page reads `cards[id].card.due`):
//   {"version": 1, "cards": {"<id>": {"card": <ts-fsrs card, dates as ISO strings>, "hash": "<hash>"}},
//    "reviews": [{"id", "rating", "at"}]}

export const STORE_KEY = "sdg.cards.v1";
/** New cards introduced per day at most: enough to make progress, few enough that reviews stay short. */
export const NEW_PER_DAY = 20;
/** ts-fsrs's Rating values; the keys 1 to 4 press them. */
export const RATINGS = /** @type {const} */ ([
  { value: 1, name: "Again" },
  { value: 2, name: "Hard" },
  { value: 3, name: "Good" },
  { value: 4, name: "Easy" },
]);
/** The order new cards come in: a table row and a formula between facts keep the first days varied. */
const KIND_ORDER = ["table", "formula", "fact"];

/**
 * @typedef {{ id: string, kind: string, front: string, back: string, page: string, calculator: string,
 *   reference?: string, source?: string, hash: string, as_of: string }} DeckCard
 * @typedef {import("ts-fsrs").CardInput & { due: string }} StoredCard ts-fsrs's card as JSON keeps it
 * @typedef {{ card: StoredCard, hash: string }} Entry
 * @typedef {{ id: string, rating: number, at: string }} Review
 * @typedef {{ version: 1, cards: Record<string, Entry>, reviews: Review[] }} State
 * ts-fsrs's types (node_modules/ts-fsrs): the page's copy in assets/vendor/ is the same version.
 * @typedef {typeof import("ts-fsrs")} FSRSLib
 * @typedef {import("ts-fsrs").FSRS} FSRS
 */

/** @returns {State} */
export function freshState() {
  return { version: 1, cards: {}, reviews: [] };
}

/** @param {unknown} text */
const isDate = (text) => typeof text === "string" && !Number.isNaN(Date.parse(text));

/** Whether `data` is a store this page wrote (or an export of one). @param {any} data @returns {boolean} */
export function isState(data) {
  if (!data || typeof data !== "object" || data.version !== 1) return false;
  if (!data.cards || typeof data.cards !== "object" || Array.isArray(data.cards) || !Array.isArray(data.reviews)) return false;
  for (const entry of Object.values(data.cards)) {
    if (!entry || typeof entry !== "object" || typeof entry.hash !== "string") return false;
    if (!entry.card || typeof entry.card !== "object" || !isDate(entry.card.due)) return false;
  }
  return data.reviews.every(
    (/** @type {any} */ review) =>
      review && typeof review.id === "string" && [1, 2, 3, 4].includes(review.rating) && isDate(review.at),
  );
}

/** Whether `data` is the site's cards.json. @param {any} data @returns {boolean} */
export function isDeck(data) {
  return Boolean(
    data &&
      data.version === 1 &&
      Array.isArray(data.cards) &&
      data.cards.every((/** @type {any} */ card) => card && typeof card.id === "string" && typeof card.hash === "string"),
  );
}

/** The FSRS scheduler with its published defaults; fuzz off, so the same reviews always give the same dates. @param {FSRSLib} lib */
export function makeScheduler(lib) {
  return lib.fsrs(lib.generatorParameters({ enable_fuzz: false }));
}

/** A ts-fsrs card as JSON keeps it: dates as ISO strings. @param {any} card @returns {StoredCard} */
export function toStored(card) {
  return JSON.parse(JSON.stringify(card));
}

/** The reader's calendar day ("2026-12-04"): the new-card allowance resets at local midnight. @param {Date} date */
export function dayOf(date) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How many cards were seen for the first time on `day`. @param {State} state @param {string} day */
export function introducedOn(state, day) {
  const first = new Map();
  for (const review of state.reviews) if (!first.has(review.id)) first.set(review.id, review.at);
  return [...first.values()].filter((at) => dayOf(new Date(at)) === day).length;
}

/**
 * Put every card whose text changed since it was last reviewed (a figure was updated) back in front of the
 * reader: due now. Its stored hash stays the old one until it is reviewed, so the page can say why it is back.
 * @param {State} state @param {DeckCard[]} deck @param {Date} now
 * @returns {{ state: State, changed: string[] }}
 */
export function reconcile(state, deck, now) {
  const cards = { ...state.cards };
  const changed = [];
  for (const card of deck) {
    const entry = cards[card.id];
    if (!entry || entry.hash === card.hash) continue;
    changed.push(card.id);
    if (Date.parse(entry.card.due) > now.getTime()) {
      cards[card.id] = { ...entry, card: { ...entry.card, due: now.toISOString() } };
    }
  }
  return { state: { ...state, cards }, changed };
}

/**
 * What to review now: cards due (oldest first, changed ones included), then today's new cards in an order that
 * mixes kinds, at most NEW_PER_DAY introduced a day.
 * @param {State} state @param {DeckCard[]} deck @param {Date} now
 * @returns {{ due: DeckCard[], fresh: DeckCard[], changed: Set<string>, next: string }}
 */
export function plan(state, deck, now) {
  const due = [];
  const changed = new Set();
  let next = "";
  for (const card of deck) {
    const entry = state.cards[card.id];
    if (!entry) continue;
    if (entry.hash !== card.hash) changed.add(card.id);
    if (Date.parse(entry.card.due) <= now.getTime() || entry.hash !== card.hash) due.push(card);
    else if (!next || Date.parse(entry.card.due) < Date.parse(next)) next = entry.card.due;
  }
  due.sort((a, b) => Date.parse(state.cards[a.id].card.due) - Date.parse(state.cards[b.id].card.due));
  const allowance = Math.max(0, NEW_PER_DAY - introducedOn(state, dayOf(now)));
  // The turn-taking is over the whole deck, so reviewing a table row makes a formula the next new card.
  const fresh = mixKinds(deck).filter((card) => !state.cards[card.id]);
  return { due, fresh: fresh.slice(0, allowance), changed, next };
}

/** Deck order within a kind, kinds taken in turn. @param {DeckCard[]} cards */
export function mixKinds(cards) {
  const queues = KIND_ORDER.map((kind) => cards.filter((card) => card.kind === kind));
  queues.push(cards.filter((card) => !KIND_ORDER.includes(card.kind)));
  const mixed = [];
  for (let index = 0; mixed.length < cards.length; index += 1) {
    for (const queue of queues) if (index < queue.length) mixed.push(queue[index]);
  }
  return mixed;
}

/**
 * Rate a card: FSRS's next state for it, the current hash (the change is acknowledged), the review logged.
 * @param {State} state @param {FSRSLib} lib @param {FSRS} scheduler @param {DeckCard} card @param {number} rating @param {Date} now
 * @returns {State}
 */
export function review(state, lib, scheduler, card, rating, now) {
  const entry = state.cards[card.id];
  const current = entry ? entry.card : lib.createEmptyCard(now);
  const next = scheduler.next(current, now, rating).card;
  return {
    ...state,
    cards: { ...state.cards, [card.id]: { card: toStored(next), hash: card.hash } },
    reviews: [...state.reviews, { id: card.id, rating, at: now.toISOString() }],
  };
}

/**
 * When each rating would bring the card back, in milliseconds from now (the buttons show it).
 * @param {State} state @param {FSRSLib} lib @param {FSRS} scheduler @param {DeckCard} card @param {Date} now
 * @returns {Record<number, number>}
 */
export function preview(state, lib, scheduler, card, now) {
  const entry = state.cards[card.id];
  const outcomes = scheduler.repeat(entry ? entry.card : lib.createEmptyCard(now), now);
  /** @type {Record<number, number>} */
  const after = {};
  for (const { value } of RATINGS) after[value] = new Date(outcomes[value].card.due).getTime() - now.getTime();
  return after;
}

/** "1 min", "10 min", "3 h", "4 d", "2 mo", "1.5 y": how an interval reads on a button. @param {number} ms */
export function formatInterval(ms) {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}
