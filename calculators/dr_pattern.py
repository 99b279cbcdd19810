"""Disaster-recovery pattern chooser: the cheapest AWS DR strategy that meets an RTO and an RPO.

AWS's disaster-recovery whitepaper orders four strategies by cost and recovery speed: backup and restore
(RPO and RTO in hours), pilot light (tens of minutes), warm standby (minutes) and multi-site active/active
(near zero). The thresholds below turn those ranges into numbers; they are this guide's judgement, not AWS
figures. Each strategy is taken to meet objectives no tighter than:

- backup_restore: RTO 240 minutes (4 hours; restores often take up to 24 hours), RPO 60 minutes;
- pilot_light: RTO 30 minutes, RPO 10 minutes;
- warm_standby: RTO 5 minutes, RPO 1 minute;
- multi_site_active_active: anything tighter.

The chosen pattern is the more demanding of the patterns each objective needs on its own. Active/active
is near zero, not zero: an RPO of 0 needs synchronous writes to more than one Region, and most AWS
cross-Region replication is asynchronous (seed erratum 37). Source:
https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.render import format_value
from calculators.units import MINUTES_PER_YEAR

NAME = "dr_pattern"
TITLE = "Disaster-recovery pattern"
SUMMARY = "The cheapest AWS disaster-recovery strategy that meets a recovery time and recovery point objective."


@dataclass(frozen=True)
class Pattern:
    """One DR strategy: the tightest objectives it meets (minutes) and how the guide describes it."""

    name: str
    min_rto_minutes: float
    min_rpo_minutes: float
    typical_rto: str
    typical_rpo: str
    relative_cost: str
    standby: str


PATTERNS = (
    Pattern(
        "backup_restore",
        240,
        60,
        "hours (up to 24 hours)",
        "hours (since the last backup)",
        "lowest",
        "Nothing runs in the recovery Region; backups are copied there and restored with infrastructure as code.",
    ),
    Pattern(
        "pilot_light",
        30,
        10,
        "tens of minutes",
        "tens of minutes",
        "low",
        "Data is replicated live; compute is defined but switched off until failover.",
    ),
    Pattern(
        "warm_standby",
        5,
        1,
        "minutes",
        "minutes",
        "medium",
        "A scaled-down but working copy runs in the recovery Region and scales up on failover.",
    ),
    Pattern(
        "multi_site_active_active",
        0,
        0,
        "near zero",
        "near zero",
        "highest",
        "Every Region serves traffic at full scale; failover is routing away from the failed Region.",
    ),
)
"""Cheapest first; the thresholds are the guide's judgement (see the module docstring)."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="rto_minutes",
        label="Recovery time objective",
        unit="minutes",
        default=60,
        minimum=0,
        maximum=MINUTES_PER_YEAR,
        help="How long the service may be down after a disaster (RTO).",
    ),
    Number(
        name="rpo_minutes",
        label="Recovery point objective",
        unit="minutes",
        default=15,
        minimum=0,
        maximum=MINUTES_PER_YEAR,
        help="How much recent data, in minutes, may be lost (RPO).",
    ),
)


def _cheapest(minutes: float, *, rto: bool) -> int:
    for index, pattern in enumerate(PATTERNS):
        if (pattern.min_rto_minutes if rto else pattern.min_rpo_minutes) <= minutes:
            return index
    return len(PATTERNS) - 1


def calculate(values: Values, /) -> Result:
    """Pick the pattern each objective needs, then the more demanding of the two."""
    rto = float(values["rto_minutes"])
    rpo = float(values["rpo_minutes"])
    by_rto = _cheapest(rto, rto=True)
    by_rpo = _cheapest(rpo, rto=False)
    chosen = PATTERNS[max(by_rto, by_rpo)]
    driven_by = "both" if by_rto == by_rpo else ("rto" if by_rto > by_rpo else "rpo")

    notes = [chosen.standby]
    if rpo == 0:
        notes.append(
            "An RPO of 0 needs synchronous writes to a second Region; AWS's cross-Region replication is "
            "mostly asynchronous, so active/active gives near-zero data loss, not zero."
        )
    elif chosen.name == "multi_site_active_active":
        notes.append("Active/active recovers in near-zero time, not zero: replication lag and DNS or routing changes remain.")
    if chosen.name == "backup_restore":
        notes.append("Test restores regularly: an untested backup gives an unknown RTO.")
    return Result(
        outputs=(
            Output("pattern", "Pattern", chosen.name),
            Output("typical_rto", "Typical RTO", chosen.typical_rto),
            Output("typical_rpo", "Typical RPO", chosen.typical_rpo),
            Output("relative_cost", "Relative cost", chosen.relative_cost),
            Output("driven_by", "Objective that decides", driven_by),
        ),
        steps=(
            Step(
                "Pattern for the RTO", f"cheapest pattern that recovers within {format_value(rto)} minutes", PATTERNS[by_rto].name
            ),
            Step(
                "Pattern for the RPO",
                f"cheapest pattern that loses at most {format_value(rpo)} minutes of data",
                PATTERNS[by_rpo].name,
            ),
            Step("Pattern", "the more demanding of the two", chosen.name),
        ),
        notes=tuple(notes),
    )
