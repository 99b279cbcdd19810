"""Build-time HTML for the drills: the trainer's frame, worked samples, and the drill on a service page.

Everything a reader needs without JavaScript is here: each sample is a real drill (seed 1) with the
calculators' worked answer. ``drills.js`` only poses new ones and marks typed answers, through the worker.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import urlencode

from calculators import drills
from calculators.drills import Drill
from calculators.drills.present import solution_html
from calculators.render import result_quantity

SAMPLE_SEED = 1
"""The seed of the samples and of a service page's drill: a link to it gives the reader the same numbers."""


def drill_link(trainer_url: str, family: str, seed: int = SAMPLE_SEED) -> str:
    """A link that opens the trainer on exactly this drill."""
    return f"{trainer_url}?{urlencode({'family': family, 'seed': seed})}"


def _expected_list(made: Drill) -> str:
    items = "".join(
        f"<li>{escape(step.prompt)}: <strong>{escape(result_quantity(step.expected, step.unit))}</strong></li>"
        for step in made.steps
    )
    return f'<ul class="drill-expected">{items}</ul>'


def _as_of(made: Drill) -> str:
    return f" Figures as of {made.prices_as_of}, us-east-1." if made.prices_as_of else ""


def samples_html(prices_url: str, trainer_url: str) -> str:
    """Every family's seed-1 drill with its answers and working, folded: the catalogue, and the page without JS."""
    parts = []
    for name, family in drills.FAMILIES.items():
        made = drills.make(name, SAMPLE_SEED)
        parts.append(
            f'<details class="drill-sample" id="sample-{escape(name)}"><summary>{escape(family.title)}</summary>'
            f"<p>{escape(made.question)}{escape(_as_of(made))}</p>"
            f'<p><a href="{escape(drill_link(trainer_url, name))}">Answer it yourself</a></p>'
            f"<p>Expected answers:</p>{_expected_list(made)}"
            f"{solution_html(made, prices_url)}</details>"
        )
    return f'<div class="drill-samples">{"".join(parts)}</div>'


def trainer_html(runtime: dict[str, object], prices_url: str) -> str:
    """The trainer's controls, hidden until ``drills.js`` takes over (without it they could do nothing)."""
    options = "".join(
        f'<option value="{escape(name)}">{escape(family.title)}</option>' for name, family in drills.FAMILIES.items()
    )
    return (
        f'<section class="drill-trainer" data-drill-trainer data-runtime="{escape(json.dumps(runtime))}" '
        f'data-prices-url="{escape(prices_url)}" aria-labelledby="drill-trainer-title" hidden>'
        '<h2 id="drill-trainer-title">Your drill</h2>'
        '<div class="drill-pick"><label for="drill-family">Family</label>'
        f'<select id="drill-family"><option value="">Any family</option>{options}</select>'
        '<button type="button" class="md-button" data-drill-new>New drill</button>'
        '<button type="button" class="md-button" data-drill-daily>Today\'s drill</button></div>'
        '<p class="drill-status" role="status" aria-live="polite"></p>'
        '<form class="drill-form" data-drill-form novalidate hidden>'
        '<p class="drill-heading"><strong data-drill-title></strong> <span data-drill-meta></span></p>'
        '<p class="drill-question" data-drill-question></p>'
        '<div class="drill-steps" data-drill-steps></div>'
        '<p><button type="submit" class="md-button md-button--primary">Check my answers</button></p>'
        "</form>"
        '<div class="drill-marks" data-drill-marks aria-live="polite" hidden></div>'
        '<div class="drill-pushbacks" data-drill-pushbacks hidden></div>'
        '<h3 id="drill-history-title">Your last drills</h3>'
        '<p class="drill-history-note">Kept in this browser only; nothing is sent anywhere.</p>'
        '<p class="drill-store-status" data-drill-store-status role="status" hidden></p>'
        '<ol class="drill-history" data-drill-history></ol>'
        '<p class="drill-store-actions"><button type="button" class="md-button" data-drill-export>Export history</button>'
        '<label class="md-button drill-import">Import history<input type="file" accept="application/json,.json" '
        "data-drill-import></label></p>"
        "</section>"
    )


def drill_card_html(family: str, trainer_url: str, prices_url: str) -> str:
    """A service page's drill: the seed-1 problem, its answers folded away, and a link to answer it live."""
    made = drills.make(family, SAMPLE_SEED)
    return (
        f'<div class="admonition question drill-card"><p class="admonition-title">Drill: {escape(made.family.title)}</p>'
        f"<p>{escape(made.question)}{escape(_as_of(made))}</p>"
        f'<p><a href="{escape(drill_link(trainer_url, family))}">Answer it and get marked</a> · '
        f'<a href="{escape(trainer_url)}?{urlencode({"family": family})}">a new one like it</a></p>'
        f"<details><summary>Answers and working</summary>{_expected_list(made)}"
        f"{solution_html(made, prices_url)}</details></div>"
    )


def family_titles_json() -> str:
    """Family names to titles, for the progress page's table."""
    return json.dumps({name: family.title for name, family in drills.FAMILIES.items()})
