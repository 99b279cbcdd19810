"""The record every price and service limit is kept in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A dated, sourced number.

    ``evidence`` records how sure we are: ``aws`` (read on an AWS page), ``third-party`` (seen only in
    third-party copies of AWS's figure) or ``recalled`` (long-standing but not re-read). The prices page
    shows it, so readers know which figures to double-check before quoting them.
    """

    key: str
    label: str
    value: float
    unit: str
    as_of: date
    source: str
    evidence: str = "aws"
    region: str = "us-east-1"
    note: str = ""
