"""List prices and limits last checked more than 12 months ago (informational, never fails the build)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculators.data import FACTS

MAX_AGE_DAYS = 365


def main() -> int:
    today = dt.date.today()
    stale = sorted((fact for fact in FACTS.values() if (today - fact.as_of).days > MAX_AGE_DAYS), key=lambda f: f.as_of)
    for fact in stale:
        print(f"{fact.as_of}  {fact.key:45} {fact.value:g} {fact.unit}  {fact.source}")
    print(f"{len(stale)} of {len(FACTS)} constants were checked more than {MAX_AGE_DAYS} days ago.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
