// Drives docs/assets/javascripts/cards-schedule.js with ts-fsrs from node_modules and prints what happened as
// JSON; tests/practice/test_schedule.py judges it. Dates are fixed, so every run prints the same.
import * as lib from "ts-fsrs";
import * as schedule from "../../docs/assets/javascripts/cards-schedule.js";

const DAY = 86_400_000;
const t0 = new Date("2026-12-04T09:00:00Z");
const card = (id, kind = "fact", hash = "h1") => ({ id, kind, front: id, back: id, page: "", calculator: "", hash, as_of: "" });
const scheduler = schedule.makeScheduler(lib);
const out = {};

// Good, every time the card comes due: the gaps grow.
let state = schedule.freshState();
let now = t0;
const goods = [];
for (let i = 0; i < 8; i += 1) {
  state = schedule.review(state, lib, scheduler, card("a"), lib.Rating.Good, now);
  const due = new Date(state.cards.a.card.due);
  goods.push({ interval: due.getTime() - now.getTime(), state: state.cards.a.card.state });
  now = due;
}
out.goods = goods;

// Again on a card in review: back to a short relearning step.
const before = state.cards.a.card;
state = schedule.review(state, lib, scheduler, card("a"), lib.Rating.Again, now);
out.again = {
  stateBefore: before.state,
  state: state.cards.a.card.state,
  interval: Date.parse(state.cards.a.card.due) - now.getTime(),
  lapses: state.cards.a.card.lapses,
};
out.names = { review: lib.State.Review, relearning: lib.State.Relearning, learning: lib.State.Learning };

// A card whose text changed since its review: due now, flagged, until it is reviewed again.
let changed = schedule.freshState();
changed = schedule.review(changed, lib, scheduler, card("b"), lib.Rating.Easy, t0);
const later = new Date(t0.getTime() + 2 * DAY);
const sameDeck = [card("b")];
const newDeck = [card("b", "fact", "h2")];
out.unchanged = { due: schedule.plan(changed, sameDeck, later).due.map((c) => c.id) };
const reconciled = schedule.reconcile(changed, newDeck, later);
const planned = schedule.plan(reconciled.state, newDeck, later);
out.changed = {
  reported: reconciled.changed,
  storedDue: reconciled.state.cards.b.card.due,
  now: later.toISOString(),
  due: planned.due.map((c) => c.id),
  flagged: [...planned.changed],
  storedHash: reconciled.state.cards.b.hash,
};
const acknowledged = schedule.review(reconciled.state, lib, scheduler, newDeck[0], lib.Rating.Good, later);
out.acknowledged = { hash: acknowledged.cards.b.hash, flagged: [...schedule.plan(acknowledged, newDeck, later).changed] };

// JSON round trip: the stored state survives localStorage and an export, and scheduling goes on identically.
const text = JSON.stringify(state);
const parsed = JSON.parse(text);
const step = new Date(Date.parse(state.cards.a.card.due));
out.roundTrip = {
  valid: schedule.isState(parsed),
  dueIsString: typeof parsed.cards.a.card.due === "string",
  same:
    JSON.stringify(schedule.review(parsed, lib, scheduler, card("a"), lib.Rating.Good, step)) ===
    JSON.stringify(schedule.review(state, lib, scheduler, card("a"), lib.Rating.Good, step)),
  invalid: [
    schedule.isState(null),
    schedule.isState({ version: 2, cards: {}, reviews: [] }),
    schedule.isState({ version: 1, cards: { x: { card: { due: "soon" }, hash: "h" } }, reviews: [] }),
    schedule.isState({ version: 1, cards: {}, reviews: [{ id: "x", rating: 7, at: t0.toISOString() }] }),
  ],
  fresh: schedule.isState(schedule.freshState()),
};

// New cards: at most NEW_PER_DAY introduced a day, kinds mixed.
const deck = [
  ...Array.from({ length: 30 }, (_, i) => card(`fact:${i}`, "fact")),
  ...Array.from({ length: 5 }, (_, i) => card(`formula:${i}`, "formula")),
  ...Array.from({ length: 5 }, (_, i) => card(`table:${i}`, "table")),
];
let daily = schedule.freshState();
const first = schedule.plan(daily, deck, t0);
const afterOne = schedule.plan(schedule.review(daily, lib, scheduler, first.fresh[0], lib.Rating.Good, t0), deck, t0);
for (const c of first.fresh) daily = schedule.review(daily, lib, scheduler, c, lib.Rating.Good, t0);
out.newCards = {
  limit: schedule.NEW_PER_DAY,
  first: first.fresh.map((c) => c.id),
  afterOne: afterOne.fresh.slice(0, 3).map((c) => c.id),
  sameDay: schedule.plan(daily, deck, new Date(t0.getTime() + 3_600_000)).fresh.length,
  nextDay: schedule.plan(daily, deck, new Date(t0.getTime() + DAY)).fresh.length,
};
out.intervals = [59_000, 600_000, 3 * 3_600_000, 4 * DAY, 90 * DAY].map(schedule.formatInterval);
out.preview = schedule.preview(schedule.freshState(), lib, scheduler, card("p"), t0);

process.stdout.write(JSON.stringify(out));
