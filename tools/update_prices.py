"""Refresh the price facts in calculators/data from AWS's Price List bulk offer files (``make update-prices``).

See tools/pricelist/ for how: each price fact carries a ``PriceList`` selector naming the one price it is; an
ambiguous, missing or a price in another unit stops the run with a message naming the fact, and nothing is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from pricelist.cli import main  # noqa: E402 (after the path set-up above)

if __name__ == "__main__":
    raise SystemExit(main())
