// @ts-check
// The reader's practice data (drill history, flashcard state), kept in this browser only: nothing is sent anywhere.
//
// Every store is a JSON object under one localStorage key with a `version`. What cannot be read back (hand-edited,
// truncated, written by a future version) is never thrown away and never breaks the page: it is set aside under
// `<key>.corrupt-<time>` and the page says so, starting the store afresh.

/** @typedef {{ data: any, problem: string }} Loaded */

/** A private window or a full disk may refuse storage: the page then works for this visit only. */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Read store `key`; `fresh()` makes an empty one, `valid(data)` says whether what was stored has the right shape.
 * @param {string} key @param {() => any} fresh @param {(data: any) => boolean} valid
 * @returns {Loaded}
 */
export function load(key, fresh, valid) {
  const store = storage();
  if (!store) return { data: fresh(), problem: "This browser is not keeping data for this site: progress lasts until you leave the page." };
  const text = store.getItem(key);
  if (text === null) return { data: fresh(), problem: "" };
  try {
    const data = JSON.parse(text);
    if (valid(data)) return { data, problem: "" };
  } catch {
    // falls through to setting it aside
  }
  const aside = `${key}.corrupt-${Date.now()}`;
  try {
    store.setItem(aside, text);
    store.removeItem(key);
  } catch {
    // nowhere to keep it: leave it where it is and start afresh in memory
  }
  return { data: fresh(), problem: `Saved data under "${key}" could not be read; it was kept under "${aside}" and a fresh start was made.` };
}

/** Write store `key`; returns an error message, or "" when saved. @param {string} key @param {any} data */
export function save(key, data) {
  const store = storage();
  if (!store) return "not saved: this browser is not keeping data for this site";
  try {
    store.setItem(key, JSON.stringify(data));
    return "";
  } catch (error) {
    return `not saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Forget store `key` (the progress page's reset). @param {string} key */
export function reset(key) {
  storage()?.removeItem(key);
}

/** Offer `data` as a JSON file download. @param {string} filename @param {any} data */
export function download(filename, data) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Read a JSON file the reader picked; rejects with a readable message when it is not JSON of the right shape.
 * @param {File} file @param {(data: any) => boolean} valid
 */
export async function readJsonFile(file, valid) {
  let data;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not a JSON file`);
  }
  if (!valid(data)) throw new Error(`${file.name} is not an export from this page`);
  return data;
}
