"""Where the widgets are and how to read them, shared by the browser tests."""

from __future__ import annotations

import json

from playwright.sync_api import Locator, Page, expect

from calculators import REGISTRY, InputError, compute
from calculators._core import Number
from calculators.web import run
from macros.catalogue import home_pages, nav_from_config, page_url
from tests.conftest import ROOT


def widget_pages() -> dict[str, str]:
    """Each calculator's home page (URL path), as the Calculators index links it."""
    homes = home_pages(ROOT / "docs", nav_from_config(ROOT / "mkdocs.yml"))
    return {name: "/" + page_url(page) for name, page in homes.items()}


def form(page: Page, widget_id: str) -> Locator:
    return page.locator(f'form[data-calc-id="{widget_id}"]')


# Material's instant navigation turns every link of a page into an absolute URL when the page loads, while a
# result the worker writes later keeps the relative links Python wrote: compare links by where they lead.
# Material makes links absolute at load, and focusing a <summary> (the Tab walk) leaves it an empty class
# attribute; the page's HTML reaches the browser with an SVG's attributes in another order than Python wrote
# them: none is a difference in what the reader sees.
ABSOLUTE_LINKS = """(root) => {
  for (const a of root.querySelectorAll("a[href]")) a.setAttribute("href", new URL(a.getAttribute("href"), location.href).href);
  for (const el of root.querySelectorAll('[class=""]')) el.removeAttribute("class");
  for (const el of root.querySelectorAll("*")) {
    const attributes = [...el.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return root.innerHTML;
}"""


def result_html(page: Page, widget: Locator) -> str:
    return str(widget.locator(".calc-result").evaluate(f"(el) => ({ABSOLUTE_LINKS})(el.cloneNode(true))"))


def normalise(page: Page, html: str) -> str:
    """Serialise Python's HTML through the browser, so both sides are compared in one dialect."""
    return str(
        page.evaluate(
            "(h) => { const t = document.createElement('template'); t.innerHTML = h;"
            f" const d = document.createElement('div'); d.append(t.content); return ({ABSOLUTE_LINKS})(d); }}",
            html,
        )
    )


def inputs_of(widget: Locator) -> dict[str, object]:
    return dict(
        widget.evaluate(
            """(f) => Object.fromEntries([...f.querySelectorAll('.calc-field [name]')]
                 .map((el) => [el.name, el.type === 'checkbox' ? el.checked : el.value]))"""
        )
    )


def wait_live(page: Page, widget_id: str, timeout_ms: int = 60_000) -> None:
    page.wait_for_function(
        """(id) => { const f = document.querySelector(`form[data-calc-id="${id}"]`);
                     return f && f.dataset.state === 'live' && !f.querySelector('.calc-result.calc-stale')
                            && f.dataset.charts !== 'pending'; }""",
        arg=widget_id,
        timeout=timeout_ms,
    )


def recomputes_to_the_build(page: Page, widget_id: str) -> None:
    """The widget recomputes its build-time inputs live, to the build's own result."""
    widget = form(page, widget_id)
    built = result_html(page, widget)
    poke(widget)
    wait_live(page, widget_id)
    assert result_html(page, widget) == built


def poke(widget: Locator) -> None:
    """Fire an input event without changing anything: asks for a live recompute of the same inputs."""
    widget.locator(".calc-field [name]").first.dispatch_event("input")


# Calculators whose only free-form input is text: a valid alternative and an invalid value, by hand.
TEXT_CHANGES = {"availability": ("availabilities_percent", "99.9, 99.95", "ninety-nine")}


def field_to_change(name: str) -> tuple[str, str, str]:
    """An input of ``name`` with a different valid value and an invalid one (numbers: above the maximum).

    The first bounded number whose new value the calculator accepts on its own (a replica count must match its
    list of latencies, so quorum_availability changes a later input).
    """
    if name in TEXT_CHANGES:
        return TEXT_CHANGES[name]
    for spec in REGISTRY[name].INPUTS:
        if isinstance(spec, Number) and spec.maximum is not None:
            candidate = spec.default * 2 if spec.default else (spec.minimum or 0) + 1
            if candidate > spec.maximum:
                candidate = (spec.default + (spec.minimum or 0)) / 2 if spec.default != spec.minimum else spec.maximum
            if spec.integer:
                candidate = int(candidate)
            if candidate == spec.default:
                continue
            try:
                compute(name, {spec.name: candidate})
            except InputError:
                continue
            return spec.name, f"{candidate:g}", f"{spec.maximum * 10:g}"
    raise AssertionError(f"{name}: add a TEXT_CHANGES entry")


def check_live_and_recovery(page: Page, name: str, built: str) -> None:
    """One widget, already recomputed live by a poke: it reproduced ``built`` (its build-time result HTML),
    recomputes a new value as CPython does, shows an error inline for a bad one, and recovers."""
    widget = form(page, name)
    assert result_html(page, widget) == built, f"{name}: the live result differs from the build-time result"

    # New input: the page recomputes, puts it in the address, and agrees with CPython for the same inputs.
    field, value, invalid = field_to_change(name)
    widget.locator(f'[name="{field}"]').fill(value)
    page.wait_for_function(
        "([id, f, v]) => new URL(location.href).searchParams.get(`${id}.${f}`) === v", arg=[name, field, value]
    )
    wait_live(page, name)
    expected = json.loads(run(name, json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert expected["ok"], expected
    live = result_html(page, widget)
    assert live == normalise(page, expected["html"]), f"{name}: the browser and CPython disagree for {field}={value}"
    assert live != built, f"{name}: changing {field} changed nothing"

    # Bad input: an inline error at the field, the last valid result kept and marked stale.
    widget.locator(f'[name="{field}"]').fill(invalid)
    error = widget.locator(f"#{name}-{field}-error")
    expect(error).to_be_visible()
    expect(error).not_to_be_empty()
    expect(widget.locator(f'[name="{field}"]')).to_have_attribute("aria-invalid", "true")
    expect(widget.locator(".calc-result")).to_have_class("calc-result calc-stale")
    assert "stale" not in live and widget.locator("[data-output]").count() >= 1

    # Recovery: a valid value clears the error and the result is live again.
    widget.locator(f'[name="{field}"]').fill(value)
    wait_live(page, name)
    expect(error).to_be_hidden()
    assert result_html(page, widget) == live, f"{name}: the result after recovering differs"
