"""Where each calculator lives in the guide, for the Calculators index page."""

from __future__ import annotations

from html import escape

from calculators import REGISTRY

HOME_PAGES = {
    "dynamodb_capacity": "aws/dynamodb.md",
    "kinesis_shards": "aws/kinesis.md",
    "lambda_cost": "aws/lambda.md",
}


def index_html(relative: str) -> str:
    """One line per calculator: name, summary, and a link to its page (``relative`` is the page prefix)."""
    rows = []
    for name, calculator in REGISTRY.items():
        page = HOME_PAGES[name].removesuffix(".md") + "/"
        rows.append(
            f'<li><a href="{escape(relative + page)}#{escape(name)}-title"><code>{escape(name)}</code></a>: '
            f"{escape(calculator.SUMMARY)}</li>"
        )
    return f'<ul class="calc-index">{"".join(rows)}</ul>'
