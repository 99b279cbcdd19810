"""Cheat sheets: every figure on a sheet is its fact, every formula its calculator's working, and each sheet
prints on one or two pages in A4 and in US Letter (the PDFs the build publishes, counted page by page)."""

from __future__ import annotations

import html
import re

import pytest

from calculators import compute
from calculators.data import CURRENT
from calculators.render import result_quantity
from macros.cheatsheets import MAX_STEPS, PAPER, SHEETS, Sheet, sheet_facts
from macros.facts import fact_text
from tests.conftest import BuiltSite

ROW = re.compile(r'<tr data-key="([^"]+)"><td>[^<]*</td><td class="cheat-value"><a [^>]*>([^<]*)</a>')
STEP = re.compile(r"<li><strong>([^<]*)</strong> = ((?:(?!</li>).)*) = ([^=<]*)</li>")
"""A worked step: label = formula (which may hold an ``=`` of its own) = result."""
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")
"""A page object of the PDF (Chromium writes them uncompressed): counted here, independently of tools/pdf.py."""


def sheet_html(site: BuiltSite, slug: str) -> str:
    return (site.root / "cheatsheets" / slug / "index.html").read_text(encoding="utf-8")


def test_each_sheet_names_facts_and_calculators_that_exist() -> None:
    for slug, sheet in SHEETS.items():
        exact = [item for item in sheet.facts if not item.endswith(".")]
        assert all(item in CURRENT for item in exact), slug
        assert all(any(key.startswith(item) for key in CURRENT) for item in sheet.facts if item.endswith(".")), slug
        for name in sheet.calculators:
            compute(name, {})


def test_prefixes_pick_whole_services_and_exact_keys_only_themselves() -> None:
    sheet = Sheet("S3", ("s3.", "sla.s3_standard_percent"), (), "aws/s3.md")
    keys = {fact.key for fact in sheet_facts(sheet)}
    assert "sla.s3_standard_percent" in keys and "sla.s3_infrequent_percent" not in keys
    assert {key for key in CURRENT if key.startswith("s3.")} <= keys
    assert not any(key.startswith("sqs.") for key in keys)


@pytest.mark.site
@pytest.mark.parametrize("slug", list(SHEETS))
def test_every_figure_on_a_sheet_is_its_fact(built_site: BuiltSite, slug: str) -> None:
    page = sheet_html(built_site, slug)
    rows = {key: html.unescape(text) for key, text in ROW.findall(page)}
    expected = {fact.key: fact_text(fact) for fact in sheet_facts(SHEETS[slug])}
    assert rows == expected


@pytest.mark.site
@pytest.mark.parametrize("slug", list(SHEETS))
def test_every_formula_is_the_calculators_own_working(built_site: BuiltSite, slug: str) -> None:
    page = sheet_html(built_site, slug)
    shown = [(html.unescape(label), html.unescape(value)) for label, _, value in STEP.findall(page)]
    expected = []
    for name in SHEETS[slug].calculators:
        steps = compute(name, {})[1].steps[:MAX_STEPS]
        expected += [(step.label, result_quantity(step.value, step.unit)) for step in steps]
    assert shown == expected


@pytest.mark.site
@pytest.mark.parametrize("slug", list(SHEETS))
def test_each_sheet_prints_on_one_or_two_pages_in_a4_and_letter(built_site: BuiltSite, slug: str) -> None:
    for suffix, paper in PAPER.items():
        pdf = (built_site.root / "cheatsheets" / f"{slug}{suffix}.pdf").read_bytes()
        pages = len(PDF_PAGE.findall(pdf))
        assert pdf.startswith(b"%PDF-")
        assert 1 <= pages <= 2, f"{slug} on {paper}: {pages} pages"
