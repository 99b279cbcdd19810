"""One visit per page, one tab: every browser check of the page, at the desktop's width and then the phone's.

The phone's checks (layout and picture) run in the same tab switched to the phone's metrics and touch, as
Chromium's device mode does, instead of a second load of the page: a second tab was a new renderer process and a
page load for every page, and it gave the same answers (all 88 pages compared: equal overflow reports). While
one page is checked the next one loads in another context, so in another renderer process: the 2-core machine
stays busy.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from playwright.sync_api import Browser, CDPSession, Page, Request
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.conftest import RequestLog
from tests.browser.widgets import check_live_and_recovery, field_to_change, form, poke, result_html, wait_live, widget_pages
from tests.conftest import ROOT, BuiltSite
from tests.quality.site_map import diagrams_in_build, html_file, page_paths
from tests.quality.styles import covering_pages, page_styles

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "build" / "screenshots"
FULL_SCREENSHOTS = os.environ.get("QUALITY_SCREENSHOTS") == "full"
"""Set by ``make check``: whole-page screenshots at both widths into build/screenshots/ for review."""
SCREENSHOT_MAX_HEIGHT = 30_000  # CSS px; JPEG stops at 65,535 px and Chromium's capture struggles well before
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACTS = ["serious", "critical"]
JSON = "application/json"

DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 800}}
PHONE: dict[str, Any] = {
    "viewport": {"width": 375, "height": 812},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
PHONE_METRICS = {
    "width": PHONE["viewport"]["width"],
    "height": PHONE["viewport"]["height"],
    "deviceScaleFactor": PHONE["device_scale_factor"],
    "mobile": PHONE["is_mobile"],
}
"""``PHONE`` as the DevTools protocol says it: what Playwright sends for a context made with those options."""
DESKTOP_METRICS = {
    "width": DESKTOP["viewport"]["width"],
    "height": DESKTOP["viewport"]["height"],
    "deviceScaleFactor": 1,
    "mobile": False,
    "screenWidth": DESKTOP["viewport"]["width"],
    "screenHeight": DESKTOP["viewport"]["height"],
}
"""``DESKTOP`` likewise, to return to after the phone's checks."""
NEXT_FRAME = "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))"

# Material draws diagrams into closed shadow roots; opened, the test can read the SVG it drew.
OPEN_SHADOW_ROOTS = """
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attachShadow.call(this, { ...init, mode: "open" }); };
"""
# Colour transitions would let axe and the screenshots catch a palette switch half way.
NO_TRANSITIONS = """
document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "*, *::before, *::after { transition: none !important; }";
  document.head.append(style);
});
"""
# A page that is not a calculator's home keeps the build-time results instead of starting Python (see HOME_PAGES).
NO_PYTHON = "globalThis.CALC_START_MODE = 'input';"

FAVICON = "/assets/images/favicon.png"
"""Material's default icon, which the site keeps (mkdocs.yml sets no other)."""

NAVIGATION_CHECKED_ON = "/"
"""The one page whose axe runs include the site navigation (the left sidebar: every page's link, the same on
every page but for which one is current). Elsewhere axe checks all the rest of the page without it: the
sidebar was a third to a half of a typical page's elements, checked identically 69 times."""
WITHOUT_NAVIGATION = {"exclude": [[".md-sidebar--primary"]]}

COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The WCAG rules whose answer depends on colours: all a second colour scheme can change, so all it reruns.

They are also three quarters of axe's time on a page, and their answer follows from the styles of the page's
text, so both schemes run them on the pages that together show every style (``tests/quality/styles.py``); every
other rule runs on every page."""

RUN_AXE = """([context, runOnly, rules, impacts]) =>
  axe.run(context ?? document, { runOnly, rules, resultTypes: ["violations"] })
    .then((result) => result.violations
      .filter((rule) => impacts.includes(rule.impact))
      .map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        nodes: rule.nodes.map((node) =>
          `${node.target.join(" ")}: ${node.failureSummary.split("\\n").slice(1).join(" ").trim()}`),
      })))"""

DIAGRAMS = """() => {
  const hosts = [...document.querySelectorAll("div.mermaid")];
  const problems = [];
  hosts.forEach((host, index) => {
    const svg = host.shadowRoot?.querySelector("svg");
    if (!svg) problems.push(`diagram ${index + 1}: no SVG drawn`);
    else if (/syntax error|parse error/i.test(svg.textContent) || svg.querySelector(".error-icon")
             || svg.getAttribute("aria-roledescription") === "error")
      problems.push(`diagram ${index + 1}: mermaid drew an error`);
  });
  for (const svg of document.querySelectorAll("svg"))  // mermaid may leave its error drawing in the body
    if (/syntax error/i.test(svg.textContent) || svg.getAttribute("aria-roledescription") === "error")
      problems.push(`mermaid error output left in the page: svg#${svg.id}`);
  return { pre: document.querySelectorAll("pre.mermaid").length, divs: hosts.length, problems };
}"""

# The phone's layout: nothing wider than the screen, and each box that scrolls sideways instead reachable with
# the keyboard (axe's scrollable-region-focusable, the one rule whose answer depends on the width).
OVERFLOW = """() => {
  const width = innerWidth;
  const scrollWidth = document.scrollingElement.scrollWidth;
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "")
    + [...el.classList].map((name) => `.${name}`).join("");
  const where = (el) => `${describe(el)} in ${el.parentElement ? describe(el.parentElement) : "?"}`;
  const offenders = [];
  const unreachable = [];
  const reachable = (el) => el.tabIndex >= 0 && !el.disabled && el.checkVisibility({ visibilityProperty: true });
  for (const el of document.body.querySelectorAll("*")) {
    if (el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(el).overflowX)
        && el.checkVisibility() && !reachable(el) && ![...el.querySelectorAll("*")].some(reachable))
      unreachable.push(where(el));
    if (scrollWidth <= width + 1) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    let contained = false;
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement)
      if (getComputedStyle(parent).overflowX !== "visible") { contained = true; break; }
    if (!contained && !offenders.some((outer) => outer.contains(el))) offenders.push(el);
  }
  return { width, scrollWidth, unreachable, offenders: offenders.slice(0, 10).map((el) =>
    `${where(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`) };
}"""

WIDGETS = """() => [...document.querySelectorAll("form.calc")].map((f) => ({
  id: f.dataset.calcId,
  calculator: f.dataset.calculator,
  controls: [...f.querySelectorAll(".calc-field:not([hidden]) [name]")].map((el) => el.id),  // shown in this mode
  unlabelled: [...f.querySelectorAll(".calc-field [name]")]
    .filter((el) => !el.id || !f.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent.trim())
    .map((el) => el.name),
  live: [".calc-result", ".calc-status"]
    .filter((s) => ["polite", "assertive"].includes(f.querySelector(s)?.getAttribute("aria-live"))),
}))"""


@dataclass
class Widget:
    id: str
    calculator: str
    controls: list[str]
    unlabelled: list[str]
    live: list[str]
    tab_order: list[str] = field(default_factory=list)


@dataclass
class PageReport:
    """Everything one visit saw; the tests only read it."""

    path: str
    axe: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # state -> serious/critical violations
    diagrams: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # console errors, failed requests
    off_origin: list[str] = field(default_factory=list)
    overflow: dict[str, Any] = field(default_factory=dict)
    widgets: list[Widget] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    live_checks: dict[str, list[str]] = field(default_factory=dict)  # calculator at home here -> what went wrong
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # where the seconds went, for the budget

    def lap(self, phase: str) -> None:
        self.phases[phase] = time.monotonic() - self._started - sum(self.phases.values())

    def __post_init__(self) -> None:
        self._started = time.monotonic()


def describe_violations(report: PageReport, states: list[str]) -> str:
    lines = []
    for state in states:
        for rule in report.axe[state]:
            lines.append(f"[{state}] {rule['id']} ({rule['impact']}, {len(rule['nodes'])} nodes): {rule['help']}")
            lines += [f"    {node}" for node in rule["nodes"][:6]]
    return "\n".join(lines)


class Visits:
    """Each page visited once, on first demand; every test of that page reads the same report.

    ``order`` is the order the tests will ask for pages in: while one page is checked, the next one loads.
    """

    def __init__(self, browser: Browser, site_url: str, site: BuiltSite, order: list[str]) -> None:
        self.browser, self.site_url, self.site, self.order = browser, site_url, site, order
        self.reports: dict[str, PageReport | BaseException] = {}
        self.opening: dict[str, Tab] = {}
        search_index = empty_search_index(site.root)
        # Two lanes, taken in turn: the page being checked and the next one loading are never in the same
        # context, so Chromium never puts them in one renderer process, where they would share a main thread.
        self.lanes = [Lane(browser, search_index, site_url), Lane(browser, search_index, site_url)]
        # The colour rules, in both schemes: on the fewest pages that together show every style (tests/quality/styles.py).
        styles = {path: page_styles(html_file(site.root, path)) for path in page_paths(site.root)}
        self.colour_pages = set(covering_pages(styles, (NAVIGATION_CHECKED_ON,)))
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)
        SCREENSHOTS.mkdir(parents=True)

    def __call__(self, path: str) -> PageReport:
        if path not in self.reports:
            try:
                tab = self.opening.pop(path, None) or self._open(path, self.lanes[0])
                self._open_next(path, self.lanes[1] if tab.page is self.lanes[0].page else self.lanes[0])
                self.reports[path] = visit(tab, diagrams_in_build(self.site.root, path), colours=path in self.colour_pages)
            except Exception as error:  # a visit that breaks fails that page's tests, not the session
                self.reports[path] = error
        report = self.reports[path]
        if isinstance(report, BaseException):
            raise report
        return report

    def _open(self, path: str, lane: Lane) -> Tab:
        for waiting, tab in list(self.opening.items()):
            if tab.page is lane.page:  # the lane moves on: the page that was loading there loads again in its turn
                del self.opening[waiting]
        return lane.open(path)

    def _open_next(self, current: str, lane: Lane) -> None:
        upcoming = [path for path in self.order if path != current and path not in self.reports]
        if upcoming and upcoming[0] not in self.opening:
            try:
                self.opening[upcoming[0]] = self._open(upcoming[0], lane)
            except Exception:  # opened again, and failing with its error, when its own turn comes
                pass

    def close(self) -> None:
        self.opening.clear()
        for lane in self.lanes:
            lane.context.close()


def watch(
    page: Page,
    label: str,
    problems: list[str] | Callable[[], list[str]],
    left_behind: Callable[[Request], bool] = lambda request: False,
) -> None:
    """Console errors, uncaught errors, failed requests and HTTP errors into ``problems`` (or the list it gives now).

    ``left_behind``: a request of a page the tab has since left, whose failure is the test navigating away.
    """
    sink = problems if callable(problems) else lambda: problems

    def failed(request: Request) -> None:
        if not left_behind(request):
            sink().append(f"{label}: request failed: {request.url} ({request.failure})")

    def console(message: Any) -> None:
        if message.type == "error":
            sink().append(f"{label}: console error: {message.text} ({message.location.get('url', '?')})")

    page.on("console", console)
    page.on("pageerror", lambda error: sink().append(f"{label}: uncaught error: {error}"))
    page.on("requestfailed", failed)
    page.on(
        "response",
        lambda response: sink().append(f"{label}: HTTP {response.status}: {response.url}") if response.status >= 400 else None,
    )


AxeRules = Literal["all", "colours only", "all but colours"]


def axe_violations(page: Page, context: str | dict[str, Any] | None = None, rules: AxeRules = "all") -> list[dict[str, Any]]:
    """Serious and critical WCAG A/AA violations axe-core finds in ``context`` (a selector or an axe context object
    with ``include``/``exclude``; default the whole document), injecting axe once per page.

    ``"colours only"``: just the rules a colour scheme can change (a page's structure, names and roles are the
    same in the dark scheme, and were checked in the light one). ``"all but colours"``: on a page whose text shows
    no style the colour-checked pages do not (see ``COLOUR_RULES``).
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=AXE_SCRIPT)
    run_only = {"type": "rule", "values": COLOUR_RULES} if rules == "colours only" else {"type": "tag", "values": WCAG_TAGS}
    disabled = {rule: {"enabled": False} for rule in COLOUR_RULES} if rules == "all but colours" else {}
    return list(page.evaluate(RUN_AXE, [context, run_only, disabled, IMPACTS]))


def _axe(report: PageReport, state: str, page: Page, context: str | dict[str, Any] | None = None) -> None:
    """Run axe for ``state``; a dark-scheme state reruns only the colour rules."""
    report.axe[state] = axe_violations(page, context, "colours only" if "dark" in state else "all")


def _scheme(page: Page, scheme: str) -> None:
    """Flip Material's palette with its own header toggle, as a reader would."""
    if page.evaluate("document.body.dataset.mdColorScheme") == scheme:
        return
    target = "__palette_1" if scheme == "slate" else "__palette_0"
    page.locator(f'label[for="{target}"]').dispatch_event("click")  # the sticky header's toggle is always on screen
    page.wait_for_function("(s) => document.body.dataset.mdColorScheme === s", arg=scheme)


def _wait_for_diagrams(page: Page, expected: int) -> None:
    if expected == 0:
        return
    try:
        page.wait_for_function(
            "(n) => !document.querySelector('pre.mermaid') && document.querySelectorAll('div.mermaid').length >= n",
            arg=expected,
            timeout=20_000,
        )
    except PlaywrightTimeoutError:
        pass  # the report says what was left; the diagram test fails with it


def _tab_order(page: Page, widget: Widget) -> list[str]:
    """Ids of the controls that Tab reaches, from a stop placed just before the widget until focus leaves it."""
    presses = page.evaluate(
        """(id) => {
          const form = document.querySelector(`form[data-calc-id="${id}"]`);
          const stop = Object.assign(document.createElement("span"), { tabIndex: 0, id: "__tab-start" });
          form.before(stop);
          stop.focus();
          const walk = (window.__focusWalk = []);
          window.__onFocus = (event) => walk.push(
            !form.contains(event.target) ? null : event.target.matches(".calc-field [name]") ? event.target.id : "");
          document.addEventListener("focusin", window.__onFocus);
          return form.querySelectorAll("input, select, textarea, button, a[href], [tabindex]").length + 1;
        }""",
        widget.id,
    )
    for _ in range(presses):
        page.keyboard.press("Tab")
    walk = page.evaluate(
        "document.getElementById('__tab-start').remove(), document.removeEventListener('focusin', window.__onFocus),"
        " window.__focusWalk"
    )
    reached = walk[: walk.index(None)] if None in walk else walk
    return [control for control in reached if control]


def _pieces(page: Page, path: str, viewport: str) -> list[tuple[Path, dict[str, float]]]:
    """Where each JPEG goes and the part of the page it shows: the first screen, or with ``FULL_SCREENSHOTS`` the
    whole page in slices short enough for Chromium to capture.

    Whole pages are for a person reviewing the look (``make check``); encoding every page's full height at two
    widths was a third of the quality suite's time, so ``make test`` keeps the first screen of each page.
    """
    stem = (path.strip("/").replace("/", "-") or "index") + f"-{viewport}"
    width, screen, height = page.evaluate("[innerWidth, innerHeight, document.scrollingElement.scrollHeight]")
    height = height if FULL_SCREENSHOTS else screen
    tops = range(0, height, SCREENSHOT_MAX_HEIGHT)
    names = [f"{stem}.jpg"] if len(tops) == 1 else [f"{stem}-{number}.jpg" for number in range(1, len(tops) + 1)]
    return [
        (SCREENSHOTS / name, {"x": 0, "y": top, "width": width, "height": min(SCREENSHOT_MAX_HEIGHT, height - top)})
        for name, top in zip(names, tops, strict=True)
    ]


def _screenshot(page: Page, path: str, viewport: str) -> list[Path]:
    """The page as JPEG (half the time of PNG), at the size Playwright set for its context."""
    pieces = _pieces(page, path, viewport)
    for file, clip in pieces:
        page.screenshot(path=file, clip=clip, full_page=FULL_SCREENSHOTS, scale="css", type="jpeg", quality=80)
    return [file for file, _ in pieces]


def _phone_screenshot(session: CDPSession, page: Page, path: str) -> list[Path]:
    """``_screenshot`` at the phone's metrics, through the protocol: Playwright's own screenshot would draw the
    tab at the size it set for the context (the desktop's), not the size this tab is emulating now."""
    pieces = _pieces(page, path, "phone")
    for file, clip in pieces:
        shot = session.send(
            "Page.captureScreenshot",
            {
                "format": "jpeg",
                "quality": 80,
                "clip": {**clip, "scale": 1 / PHONE["device_scale_factor"]},  # CSS pixels, as the desktop's
                "captureBeyondViewport": FULL_SCREENSHOTS,
            },
        )
        file.write_bytes(base64.b64decode(shot["data"]))
    return [file for file, _ in pieces]


@dataclass
class Tab:
    """One page navigating in a lane's tab; what it logs goes into ``problems``."""

    path: str
    page: Page
    session: CDPSession
    """The lane's protocol session, which switches the tab to the phone's metrics and back."""
    log: RequestLog
    problems: list[str]
    python: bool
    """Whether the page starts Python: only where a calculator has its home (see HOME_PAGES)."""


class Lane:
    """A desktop context and its one tab, navigated from page to page as a reader's tab is.

    Kept for the whole run, as a reader's browser keeps its cache: Material's bundle, mermaid and Pyodide are
    compiled once per context, not once per page. One tab rather than a new one per page: a new tab was a new
    renderer process, two at times (about:blank's, then the site's), started and torn down for every page.
    """

    def __init__(self, browser: Browser, search_index: str, site_url: str) -> None:
        self.site_url = site_url
        self.context = browser.new_context(**DESKTOP)
        self.context.set_default_timeout(30_000)
        self.context.add_init_script(OPEN_SHADOW_ROOTS)
        self.context.add_init_script(NO_TRANSITIONS)
        self.context.add_init_script(NO_PYTHON_AWAY_FROM_HOME)
        self.context.route("**/search/search_index.json", lambda route: route.fulfill(body=search_index, content_type=JSON))
        self.page = self.context.new_page()
        # Kept for the tab's life: a protocol session's metrics are dropped when it detaches, and Playwright does not
        # set its own again for a size it believes unchanged (the tab came back 1280 x 713, its screen 800 x 600).
        self.session = self.context.new_cdp_session(self.page)
        self.tab: Tab | None = None
        self.asked_by: weakref.WeakKeyDictionary[Request, Tab] = weakref.WeakKeyDictionary()
        self.page.on("request", self._request)
        watch(self.page, "desktop", lambda: self.tab.problems if self.tab else [], self._left_behind)

    def _left_behind(self, request: Request) -> bool:
        """Asked for by a page this tab has left, or the tab's icon: the browser's own fetch, not the page's.

        Chromium fetches a tab's icon itself, and cancels that fetch (net::ERR_ABORTED) when the tab moves on or
        it changes its mind; seen for the current page too in a tab that is reused. A missing icon is still an
        HTTP error, which ``watch`` reports.
        """
        icon = request.url.startswith(self.site_url + "/") and request.url.endswith(FAVICON)
        return self.asked_by.get(request) is not self.tab or (icon and request.failure == "net::ERR_ABORTED")

    def _request(self, request: Request) -> None:
        """Logged for the page loaded now (a worker's requests too)."""
        if self.tab is not None:
            self.asked_by[request] = self.tab
            self.tab.log.urls.append(request.url)

    def open(self, path: str) -> Tab:
        """Start loading ``path``; what the tab logs from now on belongs to it."""
        self.tab = Tab(path, self.page, self.session, RequestLog(self.site_url), [], path in HOME_PAGES.values())
        self.page.goto(self.site_url + path, wait_until="commit")
        return self.tab


def empty_search_index(site: Path) -> str:
    """The site's search index with its settings but no documents.

    Every page loads the whole-site index and builds it in a worker: 1.2 s of CPU per tab, the same file each
    time and invisible until someone types a query. The page visits serve this instead; test_search runs the
    real index once.
    """
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return json.dumps({**index, "docs": []})


def _phone_pass(page: Page, session: CDPSession, path: str, report: PageReport) -> None:
    """The phone's layout and picture, in the same tab at the phone's metrics and touch, then back to desktop.

    What Playwright sets for a context made with ``PHONE``, sent to this tab for the time of the checks: the
    page lays out again at 375 CSS px under its meta viewport, as a phone shows it.
    """
    try:
        session.send("Emulation.setDeviceMetricsOverride", PHONE_METRICS)
        session.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
        page.evaluate("scrollTo(0, 0)")
        page.evaluate(NEXT_FRAME)
        report.overflow = dict(page.evaluate(OVERFLOW))
        report.screenshots += _phone_screenshot(session, page, path)
    finally:
        session.send("Emulation.setTouchEmulationEnabled", {"enabled": False})
        session.send("Emulation.setDeviceMetricsOverride", DESKTOP_METRICS)
    page.evaluate(NEXT_FRAME)
    size = page.evaluate("[innerWidth, innerHeight, screen.width, screen.height]")
    desktop = [DESKTOP["viewport"]["width"], DESKTOP["viewport"]["height"]] * 2
    assert size == desktop, f"the tab did not return to the desktop's size: {size}, not {desktop}"


def visit(tab: Tab, diagrams_expected: int, *, colours: bool = True) -> PageReport:
    """Every check of one page; ``colours``: with the colour rules, in the light scheme and the dark (see styles.py)."""
    started = time.monotonic()
    page, path = tab.page, tab.path
    report = PageReport(path, problems=tab.problems)
    page.wait_for_load_state()
    report.lap("load")
    _wait_for_diagrams(page, diagrams_expected)
    report.diagrams["desktop"] = dict(page.evaluate(DIAGRAMS))
    report.lap("diagrams")

    # The whole page as built, in the light scheme.
    whole_page = None if path == NAVIGATION_CHECKED_ON else WITHOUT_NAVIGATION
    report.axe["desktop, light"] = axe_violations(page, whole_page, "all" if colours else "all but colours")
    report.lap("axe light")
    _phone_pass(page, tab.session, path, report)
    report.lap("phone")
    if colours:
        _scheme(page, "slate")
        _axe(report, "desktop, dark", page, whole_page)
        _scheme(page, "default")
        report.lap("axe dark")

    report.widgets = [Widget(**data) for data in page.evaluate(WIDGETS)]
    if report.widgets and tab.python:
        _check_widgets(page, report)
    elif report.widgets:
        for widget in report.widgets:
            widget.tab_order = _tab_order(page, widget)
        report.lap("tab walk")
    report.screenshots += _screenshot(page, path, "desktop")
    report.lap("desktop screenshot")
    if report.widgets and tab.python:
        _break_widgets(page, report)
        report.lap("widgets in error")
    report.off_origin = tab.log.off_origin()
    report.seconds = time.monotonic() - started
    return report


HOME_PAGES = widget_pages()
"""Each calculator's home page: there, and only there, its widget is put through the whole live sequence."""
NO_PYTHON_AWAY_FROM_HOME = f"if (!{json.dumps(sorted(set(HOME_PAGES.values())))}.includes(location.pathname)) {NO_PYTHON}"
"""Elsewhere its widgets are the same as at home, checked live there: they keep the build-time result."""


def _check_widgets(page: Page, report: PageReport) -> None:
    """Live state: every widget recomputed in the browser, then walked with Tab.

    axe does not rerun on the live result: the worker draws it with the same renderer as the build-time
    result the whole-page runs checked; the error state, which only the browser draws, is checked below.
    """
    at_home = [w.id for w in report.widgets if w.id == w.calculator and HOME_PAGES.get(w.calculator) == report.path]
    built = {name: result_html(page, form(page, name)) for name in at_home}
    for widget in report.widgets:
        poke(form(page, widget.id))
    for widget in report.widgets:
        wait_live(page, widget.id)
    report.lap("widgets live")
    for widget in report.widgets:
        widget.tab_order = _tab_order(page, widget)
    report.lap("tab walk")
    for name, html in built.items():
        try:
            check_live_and_recovery(page, name, html)
            report.live_checks[name] = []
        except (AssertionError, PlaywrightError) as error:  # the test of this page reports it
            report.live_checks[name] = [f"{type(error).__name__}: {error}"]
    report.lap("live sequence")


def _break_widgets(page: Page, report: PageReport) -> None:
    """Error state: one invalid input per widget, its inline message shown, checked by axe in both schemes."""
    for widget in report.widgets:
        name, _, invalid = field_to_change(widget.calculator)
        form(page, widget.id).locator(f'[name="{name}"]').fill(invalid)
        page.locator(f"#{widget.id}-{name}-error").wait_for(state="visible")
    _axe(report, "calculators in error, light", page, "form.calc")
    _scheme(page, "slate")
    _axe(report, "calculators in error, dark", page, "form.calc")
