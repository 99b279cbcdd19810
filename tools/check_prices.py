"""Fail when a price or a limit was last checked too long ago (``make check-prices``; the weekly price workflow runs it).

Prices (``Fact.is_price``: a unit in USD) may be 180 days old, limits 365 days; ``make update-prices`` refreshes the
date of every price it reads from the offer files, so what this lists is mostly the figures checked by hand. ``make
test`` never runs this (a calendar moving must not fail a contributor's tests); its own tests use a fixed today.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculators.data import CURRENT, Fact

MAX_AGE_DAYS = {"price": 180, "limit": 365}


def allowed_age(fact: Fact) -> int:
    return MAX_AGE_DAYS["price" if fact.is_price else "limit"]


def stale(facts: Iterable[Fact], today: dt.date) -> list[Fact]:
    """Facts older than their allowed age, oldest first."""
    old = [fact for fact in facts if (today - fact.as_of).days > allowed_age(fact)]
    return sorted(old, key=lambda fact: (fact.as_of, fact.key))


def main(argv: list[str] | None = None, facts: Iterable[Fact] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="judge ages as of this date (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    today = args.today or dt.date.today()
    facts = list(CURRENT.values() if facts is None else facts)
    old = stale(facts, today)
    for fact in old:
        kind = "price" if fact.is_price else "limit"
        age = (today - fact.as_of).days
        print(f"{fact.as_of}  {fact.key:45} {kind}, {age} days old (allowed {allowed_age(fact)})  {fact.source}")
    print(
        f"{len(old)} of {len(facts)} facts are older than allowed "
        f"({MAX_AGE_DAYS['price']} days for prices, {MAX_AGE_DAYS['limit']} for limits) on {today}."
    )
    return 1 if old else 0


if __name__ == "__main__":
    raise SystemExit(main())
