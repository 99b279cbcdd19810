// @ts-check
// The prices page: filter rows as the reader types (the filter lives in the address, ?filter=...), show only the
// facts a calculator used (#keys=a,b from a widget's "sources" link), and sort a table by a column heading.
// Everything works without this script: the tables are complete and every row has its anchor.

/** @param {HTMLTableRowElement} row @param {number} column */
function cellText(row, column) {
  return (row.cells[column]?.textContent ?? "").trim();
}

/** @param {HTMLTableElement} table @param {number} column */
function sortBy(table, column) {
  const body = table.tBodies[0];
  const header = table.tHead?.rows[0].cells[column];
  if (!body || !header) return;
  const ascending = header.getAttribute("aria-sort") !== "ascending";
  const rows = [...body.rows];
  const numeric = column === 1;
  rows.sort((a, b) => {
    const order = numeric
      ? Number(a.dataset.value) - Number(b.dataset.value)
      : cellText(a, column).localeCompare(cellText(b, column));
    return ascending ? order : -order;
  });
  for (const cell of table.tHead?.rows[0].cells ?? []) cell.removeAttribute("aria-sort");
  header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  body.append(...rows);
}

/** @param {HTMLFormElement} form */
function setUp(form) {
  const input = /** @type {HTMLInputElement} */ (form.querySelector("#facts-q"));
  const count = /** @type {HTMLOutputElement} */ (form.querySelector("#facts-count"));
  const params = new URLSearchParams(location.search);
  const listed = location.hash.startsWith("#keys=") ? decodeURIComponent(location.hash.slice("#keys=".length)) : "";
  const keys = new Set(listed.split(",").filter(Boolean));
  input.value = params.get("filter") ?? "";
  form.hidden = false;

  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const section of document.querySelectorAll(".facts-service")) {
      let visible = 0;
      for (const row of section.querySelectorAll("tbody tr")) {
        const tr = /** @type {HTMLTableRowElement} */ (row);
        const text = tr.textContent?.toLowerCase() ?? "";
        const match = (!keys.size || keys.has(tr.dataset.key ?? "")) && words.every((word) => text.includes(word));
        tr.hidden = !match;
        if (match) visible += 1;
      }
      /** @type {HTMLElement} */ (section).hidden = visible === 0;
      shown += visible;
    }
    count.value = `${shown} figure${shown === 1 ? "" : "s"}${keys.size ? " used by the calculator" : ""}`;
  };
  let timer = 0;
  input.addEventListener("input", () => {
    apply();
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      if (input.value) url.searchParams.set("filter", input.value);
      else url.searchParams.delete("filter");
      try {
        history.replaceState(history.state, "", url);
      } catch {
        // A browser that refuses (too many calls) keeps the filter working without the address.
      }
    }, 400);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  for (const table of document.querySelectorAll("table.facts")) {
    for (const header of /** @type {HTMLTableElement} */ (table).tHead?.rows[0].cells ?? []) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "facts-sort";
      button.textContent = header.textContent;
      header.textContent = "";
      header.append(button);
      const column = header.cellIndex;
      button.addEventListener("click", () => sortBy(/** @type {HTMLTableElement} */ (table), column));
    }
  }
  apply();
  if (location.hash && !keys.size) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

function mount() {
  const form = /** @type {HTMLFormElement | null} */ (document.querySelector("form.facts-filter"));
  if (form && form.hidden) setUp(form);
}

// Material's observable of page loads, present when its bundle runs (also after instant navigation).
if (globalThis.document$) globalThis.document$.subscribe(mount);
else mount();
