"""``python tools/update_prices.py``: refresh the price facts from AWS's Price List bulk offer files.

Exit 0 when prices changed or nothing did (the summary says which), 1 when the update stopped: one line per problem
on stderr, and no file written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pricelist import report
from pricelist.fetch import Fetcher, http_fetcher
from pricelist.update import UpdateStopped, run

ROOT = Path(__file__).resolve().parents[2]


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(prog="update_prices.py", description=__doc__.split("\n\n")[0])
    parse.add_argument("--region", default="us-east-1", help="the Region whose prices the facts hold (default us-east-1)")
    parse.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="read downloaded offer files from DIR (one <offerCode>.json per offer, e.g. AWSLambda.json) instead of AWS",
    )
    parse.add_argument("--dry-run", action="store_true", help="check and summarise, write nothing")
    parse.add_argument("--summary", type=Path, metavar="FILE", help="also write the Markdown summary to FILE")
    parse.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    return parse


def main(
    argv: list[str] | None = None, *, fetcher: Fetcher | None = None, root: Path = ROOT, data_dir: Path | None = None
) -> int:
    """Run the update; ``fetcher`` replaces AWS (tests), ``data_dir`` the data modules to rewrite (tests' copies)."""
    args = parser().parse_args(argv)
    from calculators.data import CURRENT  # after argument parsing, so --help works on a broken data module

    today = args.today or date.today()
    if args.from_dir is None and fetcher is None:
        fetcher = http_fetcher()
    try:
        result = run(
            facts=CURRENT.values(),
            data_dir=data_dir or root / "calculators" / "data",
            region=args.region,
            today=today,
            fetcher=None if args.from_dir is not None else fetcher,
            from_dir=args.from_dir,
            dry_run=args.dry_run,
        )
    except UpdateStopped as stopped:
        print(f"update-prices: stopped, nothing written ({len(stopped.problems)} problem(s)):", file=sys.stderr)
        for problem in stopped.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    text = report.summary(result, root)
    print(text, end="")
    if args.summary is not None:
        args.summary.write_text(text, encoding="utf-8")
    if args.dry_run:
        print("(dry run: nothing written)")
    return 0
