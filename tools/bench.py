"""Benchmark the calculator widgets in headless Chromium against a naive main-thread Pyodide page.

Run with ``make bench``. It builds the site for a local origin and adds two baselines: the same guide page
with its widget script swapped for one that loads Pyodide eagerly on the main thread (what a first attempt
usually does), and a bare Pyodide boot (an otherwise empty page doing the same). It serves everything from
one local server that counts the bytes it sends, and prints medians over several runs for each variant of
our widget: how
Python starts (``stock`` Pyodide plus the wheel, the precompiled ``pyc`` library, the memory ``snapshot``)
and when (at page ``load``, when the browser is ``idle``, when the widget is ``visible``, on first
``input``). For each:

- first live result, cold (new browser profile) and warm (same profile, browser restarted);
- the latency a reader sees when typing 1 s and 3 s after opening the page;
- recompute latency once Python is running;
- main-thread long-task time until the first live result;
- instant navigation from one calculator page to another until the new widget shows a live result;
- bytes sent for a page without a calculator and with one: raw (what this server sends) and as a host
  serving the build's precompressed ``.br`` files would send them (gzip -9 for files without one);
- cold first live result again over slower links (``tools/slow_link.py``: precompressed files, one round
  trip per request, a shared downlink of a few Mbps), where the snapshot's extra bytes cost time.

Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import slow_link  # noqa: E402  (tools/, beside this file)

from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path  # noqa: E402
from tests.conftest import _Handler, build_site  # noqa: E402

CALC_PAGE = "/aws/lambda/"
OTHER_CALC_PAGE = "/aws/dynamodb/"
PLAIN_PAGES = {
    "a page with neither a calculator nor diagrams": "/reference/prices-and-limits/",
    "a page with diagrams and no calculator": "/containers/networking/",
}
NAIVE_PAGE = "/aws/lambda-naive/"  # same depth as CALC_PAGE, so relative URLs hold
BARE_PAGE = "/aws/bare-boot/"
FIELD, VALUE = "memory_mb", "1024"

# Records, in the page, when the first widget turns live, long tasks until then, and a simulated reader
# typing at a given moment. Installed before any page script runs.
PROBE = """
(() => {
  const bench = (window.__bench = { longTasks: 0, firstLive: null, typedAt: null, liveAfterTyping: null, firstDiagram: null });
  new MutationObserver(() => {
    if (bench.firstDiagram === null && document.querySelector("div.mermaid")) bench.firstDiagram = performance.now();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (bench.firstLive === null) bench.longTasks += entry.duration;
  }).observe({ type: "longtask", buffered: true });
  const watch = () => {
    const form = document.querySelector('form[data-calculator="lambda_cost"]');
    if (!form || form.dataset.state !== "live") return;
    const now = performance.now();
    if (bench.firstLive === null) bench.firstLive = now;
    if (bench.typedAt !== null && bench.liveAfterTyping === null) bench.liveAfterTyping = now - bench.typedAt;
  };
  const typeAt = TYPE_AT_MS;
  const type = () => {
    const form = document.querySelector('form[data-calculator="lambda_cost"]');
    const input = form && form.querySelector('[name="FIELD"]');
    if (!input) return setTimeout(type, 5);
    input.value = "VALUE";
    // Measure from when the reader meant to type: a blocked main thread delays the timer itself.
    bench.typedAt = typeAt;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  document.addEventListener("DOMContentLoaded", () => {
    new MutationObserver(watch).observe(document.body, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
    if (typeAt !== null) setTimeout(type, Math.max(0, typeAt - performance.now()));
  });
})();
"""

NAIVE_SCRIPT = """<script type="module">
  // What a first attempt does: load Pyodide eagerly on the main thread, in the same page.
  import { loadPyodide } from "../../assets/vendor/pyodide/pyodide.mjs";
  const form = document.querySelector('form[data-calculator="lambda_cost"]');
  const pyodide = await loadPyodide({ indexURL: new URL("../../assets/vendor/pyodide/", location.href).href });
  const wheel = await (await fetch("WHEEL")).arrayBuffer();
  pyodide.unpackArchive(wheel, "wheel");
  const web = pyodide.pyimport("calculators.web");
  const compute = () => {
    const inputs = Object.fromEntries([...form.querySelectorAll(".calc-field [name]")]
      .map((el) => [el.name, el.type === "checkbox" ? el.checked : el.value]));
    const reply = JSON.parse(web.run("lambda_cost", JSON.stringify(inputs)));
    if (reply.ok) form.querySelector(".calc-result").innerHTML = reply.html;
    form.dataset.state = "";
    form.dataset.state = "live";
  };
  form.addEventListener("input", compute);
  compute();
</script>"""
CALC_SCRIPT = '<script src="../../assets/javascripts/calc.js" type="module"></script>'
EARLY_START = re.compile(
    r"<meta name=\"calc-runtime\" content='[^']*'>"
    r"<script type=\"module\" async src=\"../../assets/javascripts/calc.js\"></script>"
)
"""The head's early start of Python (macros/hooks.py): the naive page has none."""
# Nothing but the one field the probe types into and the loader: what Pyodide's start costs on its own.
BARE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare boot</title></head><body>
<form data-calculator="lambda_cost"><div class="calc-field"><input name="memory_mb" value="1769"></div>
<div class="calc-result"></div></form>
NAIVE_SCRIPT
</body></html>"""


def _write_baseline_pages(site: Path) -> None:
    """The same guide page with the widget script swapped for the naive main-thread loader; the bare boot."""
    page = (site / CALC_PAGE.strip("/") / "index.html").read_text()
    assert CALC_SCRIPT in page and EARLY_START.search(page), "the calculator page no longer loads calc.js as expected"
    wheel = next(site.glob("assets/wheels/*/*.whl")).relative_to(site).as_posix()
    loader = NAIVE_SCRIPT.replace("WHEEL", "../../" + wheel)
    pages = {
        NAIVE_PAGE: EARLY_START.sub("", page).replace(CALC_SCRIPT, loader),
        BARE_PAGE: BARE_HTML.replace("NAIVE_SCRIPT", loader),
    }
    for path, html in pages.items():
        target = site / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True)
        target.write_text(html)


class CountingHandler(_Handler):
    """Static files, with the raw and the compressed size of every 200 response added to the counters."""

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        start = source.tell()
        super().copyfile(source, outputfile)
        self.server.bytes_sent += source.tell() - start  # type: ignore[attr-defined]
        self.server.compressed_sent += _compressed_size(Path(source.name))  # type: ignore[attr-defined]


@functools.cache
def _compressed_size(path: Path) -> int:
    """What a host serving precompressed files would send: the .br beside it, else gzip -9."""
    brotli = path.with_name(path.name + ".br")
    return brotli.stat().st_size if brotli.exists() else len(gzip.compress(path.read_bytes(), 9))


@dataclass(frozen=True)
class Variant:
    """How and when the page starts Python; ``runtime=None`` are the baselines (``start`` names which)."""

    runtime: str | None
    start: str

    @property
    def label(self) -> str:
        return BASELINES[self.start][0] if self.runtime is None else f"{self.runtime}/{self.start}"

    @property
    def page(self) -> str:
        return BASELINES[self.start][1] if self.runtime is None else CALC_PAGE


BASELINES = {"naive": ("naive main thread", NAIVE_PAGE), "bare": ("bare Pyodide boot", BARE_PAGE)}
NAIVE, BARE = Variant(None, "naive"), Variant(None, "bare")


@dataclass
class Series:
    """Samples of one metric; printed as a median."""

    samples: list[float] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")


def _serve(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(CountingHandler, directory=str(directory)))
    server.bytes_sent = 0  # type: ignore[attr-defined]
    server.compressed_sent = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _probe(type_at_ms: int | None) -> str:
    return (
        PROBE.replace("TYPE_AT_MS", "null" if type_at_ms is None else str(type_at_ms))
        .replace("FIELD", FIELD)
        .replace("VALUE", VALUE)
    )


def _open(context: BrowserContext, url: str, variant: Variant, type_at_ms: int | None) -> Page:
    if variant.runtime:
        context.add_init_script(f"globalThis.CALC_RUNTIME = {variant.runtime!r}; globalThis.CALC_START_MODE = {variant.start!r};")
    context.add_init_script(_probe(type_at_ms))
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.__bench && window.__bench.liveAfterTyping !== null", timeout=120_000, polling=20)
    return page


def _recompute_ms(page: Page, rounds: int = 10) -> list[float]:
    return list(
        page.evaluate(
            """async (rounds) => {
                 const form = document.querySelector('form[data-calculator="lambda_cost"]');
                 const input = form.querySelector('[name="memory_mb"]');
                 const result = form.querySelector(".calc-result");
                 const times = [];
                 for (let i = 0; i < rounds; i++) {
                   const changed = new Promise((resolve) => {
                     const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
                     observer.observe(result, { childList: true, subtree: true });
                   });
                   const start = performance.now();
                   input.value = String(256 + 128 * i);
                   input.dispatchEvent(new Event("input", { bubbles: true }));
                   await changed;
                   times.push(performance.now() - start);
                 }
                 return times;
               }""",
            rounds,
        )
    )


def _navigate_ms(page: Page) -> float:
    return float(
        page.evaluate(
            """async (target) => {
                 const start = performance.now();
                 const link = [...document.querySelectorAll("nav.md-nav a")].find((a) => a.href.endsWith(target));
                 link.click();
                 for (;;) {
                   await new Promise((resolve) => setTimeout(resolve, 5));
                   const form = document.querySelector('form[data-calc-id="dynamodb_capacity"]');
                   if (form && form.dataset.mounted) {
                     form.querySelector("[name]").dispatchEvent(new Event("input", { bubbles: true }));
                     break;
                   }
                 }
                 for (;;) {
                   await new Promise((resolve) => setTimeout(resolve, 2));
                   const form = document.querySelector('form[data-calc-id="dynamodb_capacity"]');
                   if (form.dataset.state === "live") return performance.now() - start;
                 }
               }""",
            OTHER_CALC_PAGE,
        )
    )


METRICS = (
    "cold",
    "warm",
    "typed_1s",
    "typed_3s",
    "recompute",
    "long_tasks",
    "first_diagram",
    "navigate",
    "bytes",
    "bytes_compressed",
    "bytes_untouched",
)
UNTOUCHED_MS = 8000
"""How long a page is left open without touching its calculator, to count what its start policy downloads."""


def measure(variant: Variant, url: str, runs: int, server: http.server.ThreadingHTTPServer) -> dict[str, Series]:
    """Cold and warm runs of one variant; each cold run uses a new profile, warm reuses it after a restart."""
    metrics = {name: Series() for name in METRICS}
    with sync_playwright() as driver:
        launch = functools.partial(
            driver.chromium.launch_persistent_context, executable_path=chromium_path(), args=CHROMIUM_FLAGS
        )
        for _ in range(runs):
            profile = tempfile.mkdtemp(prefix="bench-profile-")
            try:
                server.bytes_sent = server.compressed_sent = 0  # type: ignore[attr-defined]
                context = launch(profile)
                page = _open(context, url, variant, type_at_ms=0)
                metrics["cold"].samples.append(page.evaluate("__bench.firstLive"))
                metrics["long_tasks"].samples.append(page.evaluate("__bench.longTasks"))
                # Count the whole page: its diagrams too, which wait for Python.
                page.wait_for_function("!document.querySelector('pre.mermaid')", timeout=60_000, polling=50)
                metrics["first_diagram"].samples.append(page.evaluate("__bench.firstDiagram ?? NaN"))
                page.wait_for_timeout(300)
                metrics["bytes"].samples.append(server.bytes_sent)  # type: ignore[attr-defined]
                metrics["bytes_compressed"].samples.append(server.compressed_sent)  # type: ignore[attr-defined]
                metrics["recompute"].samples.extend(_recompute_ms(page))
                if variant.runtime:
                    metrics["navigate"].samples.append(_navigate_ms(page))
                if variant.runtime == "auto":
                    # What a first visit leaves for the next: the snapshot, fetched in idle time into the cache.
                    page.wait_for_function("globalThis.__calcEngine.snapshotKept === true", timeout=180_000, polling=200)
                context.close()
                for key, delay in (("warm", 0), ("typed_1s", 1000), ("typed_3s", 3000)):
                    context = launch(profile)
                    page = _open(context, url, variant, type_at_ms=delay)
                    value = "__bench.firstLive" if key == "warm" else "__bench.liveAfterTyping"
                    metrics[key].samples.append(page.evaluate(value))
                    context.close()
            finally:
                shutil.rmtree(profile, ignore_errors=True)
            # A reader who opens the page and never touches the calculator: what each start policy downloads.
            profile = tempfile.mkdtemp(prefix="bench-profile-")
            try:
                context = launch(profile)
                if variant.runtime:
                    context.add_init_script(
                        f"globalThis.CALC_RUNTIME = {variant.runtime!r}; globalThis.CALC_START_MODE = {variant.start!r};"
                    )
                server.bytes_sent = server.compressed_sent = 0  # type: ignore[attr-defined]
                page = context.new_page()
                page.goto(url)
                page.wait_for_timeout(UNTOUCHED_MS)
                metrics["bytes_untouched"].samples.append(server.bytes_sent)  # type: ignore[attr-defined]
                context.close()
            finally:
                shutil.rmtree(profile, ignore_errors=True)
    return metrics


def cold_over_links(
    variants: list[Variant], site: Path, links: list[float], rtt_ms: float, runs: int
) -> dict[str, dict[float, tuple[float, int]]]:
    """Median cold first live result and bytes on the wire per variant and link speed (Mbps)."""
    results: dict[str, dict[float, tuple[float, int]]] = {variant.label: {} for variant in variants}
    with sync_playwright() as driver:
        for mbps in links:
            link = slow_link.Link(mbps, rtt_ms)
            port = _free_port()
            server = slow_link.serve(site, port, link)
            try:
                for variant in variants:
                    times, sent = [], []
                    for _ in range(runs):
                        profile = tempfile.mkdtemp(prefix="bench-profile-")
                        try:
                            context = driver.chromium.launch_persistent_context(
                                profile, executable_path=chromium_path(), args=CHROMIUM_FLAGS
                            )
                            link.bytes_sent = 0
                            page = _open(context, f"http://127.0.0.1:{port}{variant.page}", variant, type_at_ms=0)
                            times.append(page.evaluate("__bench.firstLive"))
                            sent.append(link.bytes_sent)
                            context.close()
                        finally:
                            shutil.rmtree(profile, ignore_errors=True)
                    results[variant.label][mbps] = (statistics.median(times), int(statistics.median(sent)))
            finally:
                server.shutdown()
                server.server_close()
    return results


def _bytes_for(url: str, server: http.server.ThreadingHTTPServer) -> tuple[int, int]:
    with sync_playwright() as driver:
        profile = tempfile.mkdtemp(prefix="bench-profile-")
        context = driver.chromium.launch_persistent_context(profile, executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        server.bytes_sent = server.compressed_sent = 0  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(500)
        sent = int(server.bytes_sent), int(server.compressed_sent)  # type: ignore[attr-defined]
        context.close()
        shutil.rmtree(profile, ignore_errors=True)
    return sent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


DRILLS_PAGE = "/practice/drills/"
DRILL_ROUNDS = 30


def drills_in_worker(origin: str) -> dict[str, list[float]]:
    """Latency of posing and marking a drill in the page's worker, beside a calculator recompute in the same worker.

    Each call goes through calc.js exactly as the trainer's does (postMessage, Python, JSON back); the families
    and seeds vary so no answer is cached anywhere.
    """
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(origin + DRILLS_PAGE + "?family=kinesis&seed=1")
        page.wait_for_selector("[data-drill-question]:not(:empty)", timeout=120_000)
        times = page.evaluate(
            """async (rounds) => {
                 const calc = await import(new URL("../../assets/javascripts/calc.js", location.href).href);
                 const runtime = document.querySelector("[data-drill-trainer]").dataset.runtime;
                 const families = [...document.querySelectorAll("#drill-family option")].map((o) => o.value).filter(Boolean);
                 const out = { pose: [], mark: [], recompute: [] };
                 for (let i = 0; i < rounds; i++) {
                   const family = families[i % families.length];
                   let start = performance.now();
                   const posed = await calc.callPython(runtime, "drill", { family, seed: 1000 + i });
                   out.pose.push(performance.now() - start);
                   const answers = Object.fromEntries(posed.drill.steps.map((s) => [s.key, "1.5k"]));
                   start = performance.now();
                   const request = { family, seed: 1000 + i, answers };
                   await calc.callPython(runtime, "drill_check", request, "../../reference/prices-and-limits/");
                   out.mark.push(performance.now() - start);
                   start = performance.now();
                   await calc.callPython(runtime, "drill_check", { family: "nope" });
                   out.recompute.push(performance.now() - start);
                 }
                 return out;
               }""",
            DRILL_ROUNDS,
        )
        browser.close()
    return {key: list(values) for key, values in times.items()}


CHART_PAGES = {"/calculators/crossover/": "architecture_cost", "/aws/kinesis/": "kinesis_shards", "/aws/lambda/": "lambda_cost"}
CHART_BLOCK = re.compile(r'<div class="calc-charts">.*?</figure></div>', re.S)
CHART_CHANGES = {
    "architecture_cost": ("requests_per_second", "the load (x)", 100, 37),
    "architecture_cost, another input": ("payload_kb", "response size", 5, 0.25),
    "kinesis_shards": ("", "the first field", 100, 37),
    "lambda_cost": ("", "the first field", 100, 37),
}
"""Per row: the field typed into (``""``: the widget's first), what it is, its first value and step per change.

The explorer has two rows: moving the load redraws from remembered answers; any other input computes the samples."""


def charts_redraw(origin: str, rounds: int = 20) -> dict[str, list[float]]:
    """Input to redrawn chart, in the page, for each charted widget above (the result first, then its charts).

    Measured once the page's diagrams are drawn, so mermaid's layout at load is not counted as the chart's time.
    """
    times: dict[str, list[float]] = {}
    pages = {name: path for path, name in CHART_PAGES.items()}
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        for row, (field, _, first, step) in CHART_CHANGES.items():
            name = row.split(",")[0]
            page = browser.new_page()
            page.goto(origin + pages[name])
            page.wait_for_function(
                f"document.querySelector('form[data-calc-id=\"{name}\"]')?.dataset.state === 'ready'"
                " && !document.querySelector('pre.mermaid')",
                timeout=120_000,
            )
            times[row] = list(
                page.evaluate(
                    """async ([name, field, first, step, rounds]) => {
                         const form = document.querySelector(`form[data-calc-id="${name}"]`);
                         const input = field ? form.querySelector(`[name="${field}"]`)
                                             : form.querySelector(".calc-field input[type=text]");
                         const charts = form.querySelector(".calc-charts");
                         const out = [];
                         for (let i = 0; i < rounds; i++) {
                           const redrawn = new Promise((resolve) => {
                             const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
                             observer.observe(charts, { childList: true, subtree: true });
                           });
                           const start = performance.now();
                           input.value = String(first + step * i);
                           input.dispatchEvent(new Event("input", { bubbles: true }));
                           await redrawn;
                           out.push(performance.now() - start);
                         }
                         return out;
                       }""",
                    [name, field, first, step, rounds],
                )
            )
            page.close()
        browser.close()
    return times


def chart_bytes(site: Path) -> dict[str, tuple[int, int]]:
    """Each charted page's HTML, gzip-compressed, with its charts and with the chart blocks cut out."""
    sizes = {}
    for path in CHART_PAGES:
        html = (site / path.strip("/") / "index.html").read_text(encoding="utf-8")
        without = CHART_BLOCK.sub("", html)
        sizes[path] = (len(gzip.compress(html.encode())), len(gzip.compress(without.encode())))
    return sizes


def _report_charts(times: dict[str, list[float]], sizes: dict[str, tuple[int, int]]) -> None:
    print("\nCharts: input to redrawn chart in the page's worker, 20 changes each (goal: explorer median under 30 ms):\n")
    print("| widget | input changed | median (ms) | p90 (ms) |")
    print("|---|---|---|---|")
    for name, values in times.items():
        ordered = sorted(values)
        changed = CHART_CHANGES[name][1]
        print(f"| {name} | {changed} | {statistics.median(ordered):.1f} | {ordered[int(0.9 * (len(ordered) - 1))]:.1f} |")
    print("\nPage bytes with and without charts (HTML, gzip; goal: under 10 % more):\n")
    print("| page | with charts (kB) | without (kB) | ratio |")
    print("|---|---|---|---|")
    for path, (with_charts, without) in sizes.items():
        print(f"| {path} | {with_charts / 1e3:.1f} | {without / 1e3:.1f} | {with_charts / without:.2f}x |")


def _report_drills(times: dict[str, list[float]]) -> None:
    base = statistics.median(times["recompute"])
    print(f"\nDrills in the page's worker ({DRILL_ROUNDS} calls each, families in turn; goal: median under 20 ms):\n")
    print("| call | median (ms) | p90 (ms) | ratio to an empty round trip |")
    print("|---|---|---|---|")
    labels = {"pose": "pose a drill", "mark": "mark answers + working", "recompute": "empty round trip (bad family)"}
    for key, label in labels.items():
        values = sorted(times[key])
        p90 = values[int(0.9 * (len(values) - 1))]
        print(f"| {label} | {statistics.median(values):.1f} | {p90:.1f} | {statistics.median(values) / base:.2f}x |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    parser.add_argument(
        "--variants",
        default="stock/load,pyc/load,pyc/idle,pyc/visible,pyc/input,snapshot/load,auto/load",
        help="runtime/start pairs to compare with the naive page",
    )
    parser.add_argument("--links", default="10,50", help="link speeds in Mbps for the slow-link runs ('' for none)")
    parser.add_argument("--link-rtt-ms", type=float, default=40.0)
    parser.add_argument("--link-variants", default="pyc/load,snapshot/load")
    parser.add_argument("--drills-only", action="store_true", help="only the drills' latency in the worker")
    args = parser.parse_args()
    if args.drills_only:
        args.variants, args.links = "", ""

    port = _free_port()
    origin = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = build_site(Path(tmp) / "site", origin).root
        _write_baseline_pages(site)
        server = _serve(site, port)
        try:
            pairs = [pair for pair in args.variants.split(",") if pair]
            variants = [NAIVE, BARE] + [Variant(*pair.split("/")) for pair in pairs] if pairs else []
            results = {variant.label: measure(variant, origin + variant.page, args.runs, server) for variant in variants}
            plain_bytes = {label: _bytes_for(origin + path, server) for label, path in PLAIN_PAGES.items()}
            drill_times = drills_in_worker(origin)
            chart_times, chart_sizes = charts_redraw(origin), chart_bytes(site)
        finally:
            server.shutdown()
        links = [float(mbps) for mbps in args.links.split(",") if mbps]
        over_links = (
            cold_over_links(
                [BARE] + [Variant(*pair.split("/")) for pair in args.link_variants.split(",")],
                site,
                links,
                args.link_rtt_ms,
                min(args.runs, 3),
            )
            if links
            else {}
        )
    if results:
        _report(results, plain_bytes, args.runs)
    _report_drills(drill_times)
    _report_charts(chart_times, chart_sizes)
    _report_links(over_links, args.link_rtt_ms, min(args.runs, 3))
    return 0


def _report_links(results: dict[str, dict[float, tuple[float, int]]], rtt_ms: float, runs: int) -> None:
    if not results:
        return
    links = list(next(iter(results.values())))
    print(
        f"\nCold first live result over a slower link (precompressed files, {rtt_ms:.0f} ms round trip),"
        f" medians over {runs} runs:\n"
    )
    print("| variant | " + " | ".join(f"{mbps:g} Mbps: ms (MB on the wire)" for mbps in links) + " |")
    print("|---|" + "---|" * len(links))
    for label, by_link in results.items():
        cells = [f"{by_link[mbps][0]:,.0f} ({by_link[mbps][1] / 1e6:.2f})" for mbps in links]
        print(f"| {label} | " + " | ".join(cells) + " |")


def _report(results: dict[str, dict[str, Series]], plain_bytes: dict[str, tuple[int, int]], runs: int) -> None:
    rows = [
        ("first visit: typing at once, live result (ms)", "cold"),
        ("return visit: typing at once, live result (ms)", "warm"),
        ("return visit: typing at 1 s, wait (ms)", "typed_1s"),
        ("return visit: typing at 3 s, wait (ms)", "typed_3s"),
        ("recompute latency (ms)", "recompute"),
        ("main-thread long tasks (ms)", "long_tasks"),
        ("first diagram drawn, first visit (ms)", "first_diagram"),
        ("navigate to next calculator (ms)", "navigate"),
        ("bytes sent, calculator page, raw (MB)", "bytes"),
        ("bytes sent, calculator page, brotli (MB)", "bytes_compressed"),
        (f"bytes sent, page open {UNTOUCHED_MS // 1000} s, calculator untouched, raw (MB)", "bytes_untouched"),
    ]
    variants = list(results)
    print(f"\nMedians over {runs} runs; headless Chromium, {os.cpu_count()} cores, localhost.")
    for label, (raw, brotli) in plain_bytes.items():
        print(f"Bytes for {label}: {raw / 1e6:.2f} MB raw, {brotli / 1e6:.2f} MB brotli")
    print()
    print("| metric | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for label, key in rows:
        cells = []
        for variant in variants:
            value = results[variant][key].median()
            in_bytes = key.startswith("bytes")
            value = value / 1e6 if in_bytes else value
            cells.append("n/a" if value != value else (f"{value:.2f}" if in_bytes else f"{value:,.0f}"))
        print(f"| {label} | " + " | ".join(cells) + " |")
    ours = variants[2:]
    for baseline, what in ((NAIVE, "the naive main-thread page"), (BARE, "a bare Pyodide boot")):
        print(f"\nRatio to {what} (lower is better):\n")
        print("| metric | " + " | ".join(ours) + " |")
        print("|---|" + "---|" * len(ours))
        for label, key in rows[:6]:
            base = results[baseline.label][key].median()
            cells = [f"{results[variant][key].median() / base:.2f}×" if base else "n/a (baseline: 0)" for variant in ours]
            print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
