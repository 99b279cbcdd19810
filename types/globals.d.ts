// Globals the site's scripts read or set that the DOM library does not declare, each with where it comes from.
// Every one may be missing: the scripts check before they use them. Kept outside docs/, which MkDocs publishes.

/** Material for MkDocs' RxJS observable of page loads: emits on the first load and after each instant navigation. */
declare var document$: { subscribe(next: () => void): unknown } | undefined;

/**
 * Material for MkDocs draws ```mermaid fences with this global when it exists, and fetches the library from a CDN
 * when it does not: diagrams.js sets a stand-in. An element with id="mermaid" would show up here too (named access).
 */
declare var mermaid: { initialize(options: object): void; render(id: string, text: string): Promise<unknown> } | Element | undefined;

/** mkdocs-mermaid2: its `arguments` from mkdocs.yml, as { default: ... }, set by the script it adds to pages with diagrams. */
declare var mermaidConfig: { default?: object } | undefined;

// Test and `make bench` overrides, set before the page's scripts run (Playwright's add_init_script): when and how
// calc.js starts Python, how long it waits for it, and how long diagrams.js lets Python go first.
declare var CALC_START_MODE: string | undefined;
declare var CALC_RUNTIME: string | undefined;
declare var CALC_READY_TIMEOUT_MS: number | undefined;
declare var CALC_RUN_TIMEOUT_MS: number | undefined;
declare var DIAGRAMS_PYTHON_FIRST_MAX_MS: number | undefined;

/** calc.js: the document's one calculator worker and what it still owes, kept across instant navigation. */
interface CalcEngine {
  worker: Worker | null;
  ready: Promise<Worker> | null;
  /** Per request id: settles it with the worker's answer, the bridge's JSON or why it failed (calc-worker.js). */
  pending: Map<number, (reply: { json?: string; crash?: string }) => void>;
  nextId: number;
  failure: Error | null;
  /** Whether this visit fetched the memory snapshot for the service worker to keep (keepSnapshotForNextVisit). */
  snapshotKept: boolean;
  /** How the worker's Python started ("snapshot", "pyc" or "stock"), once it has: a return visit should say "snapshot". */
  started: string | null;
}

/** Set by calc.js on first run; the browser tests read it (and stop its worker) too. */
declare var __calcEngine: CalcEngine | undefined;

interface DocumentEventMap {
  /** calc.js: Python could not start (the error says why); every calculator on the page says so. */
  "calc:unavailable": CustomEvent<Error>;
}

interface Navigator {
  /** The Network Information API (Chromium): calc.js waits for a first input on Save-Data or a slow connection. */
  readonly connection?: { readonly saveData?: boolean; readonly effectiveType?: string };
}
