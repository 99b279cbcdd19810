"""Disaster-recovery pattern chooser: the cheapest AWS DR strategy that meets an RTO and an RPO.

AWS's disaster-recovery whitepaper orders four strategies by cost and recovery speed: backup and restore,
pilot light, warm standby and multi-site active/active. Two different things decide where a design lands:

- The **RPO** picks the data mechanism, because data loss follows how the data reaches the recovery
  Region, not the strategy's name. Backups copied on a schedule lose everything since the last copy
  (hours); continuous asynchronous replication (Aurora Global Database, DynamoDB global tables, S3
  replication) loses seconds to minutes of lag; only synchronous replication loses nothing. Most AWS
  cross-Region replication is asynchronous; DynamoDB global tables in multi-Region strong consistency mode
  and Aurora DSQL multi-Region clusters (both 2025) commit each write in more than one Region, paying
  cross-Region latency on every write. Pilot light, warm standby and active/active all keep a live,
  replicated data tier, so they reach the same RPO.
- The **RTO** picks how much compute already runs in the recovery Region: nothing (restore everything),
  the data tier only (pilot light: start and scale compute), a scaled-down copy (warm standby: scale up),
  or a full copy taking traffic (active/active: route away).

The thresholds turn the whitepaper's ranges into numbers; they are this guide's judgement, not AWS
figures. Backups are taken to meet an RPO of 60 minutes or more (hourly backups copied across Regions) and
an RTO of 240 minutes or more; pilot light an RTO of 30 minutes; warm standby 5 minutes; active/active
anything tighter. Source:
https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import quantity
from calculators.units import MINUTES_PER_HOUR, MINUTES_PER_YEAR

NAME = "dr_pattern"
TITLE = "Disaster-recovery pattern"
SUMMARY = "The cheapest AWS disaster-recovery strategy that meets a recovery time and recovery point objective."
QUESTION = "reliability"


@dataclass(frozen=True)
class Pattern:
    """One DR strategy: the tightest RTO it meets (minutes), its data mechanism and how the guide describes it."""

    name: str
    min_rto_minutes: float
    mechanism: str
    typical_rto: str
    relative_cost: str
    standby: str


@dataclass(frozen=True)
class Mechanism:
    """How data reaches the recovery Region, and so how much of it a disaster can lose."""

    name: str
    min_rpo_minutes: float
    typical_rpo: str


BACKUPS = Mechanism("backups", MINUTES_PER_HOUR, "hours (since the last backup copied to the recovery Region)")
REPLICATION = Mechanism("continuous replication", 0, "seconds to minutes (the replication lag)")
SYNCHRONOUS = Mechanism("synchronous replication", 0, "zero, with every write committed in more than one Region")

PATTERNS = (
    Pattern(
        "backup_restore",
        240,
        BACKUPS.name,
        "hours (up to 24 hours)",
        "lowest",
        "Nothing runs in the recovery Region; backups are copied there and restored with infrastructure as code.",
    ),
    Pattern(
        "pilot_light",
        30,
        REPLICATION.name,
        "tens of minutes",
        "low",
        "Data is replicated live; compute is defined but switched off until failover.",
    ),
    Pattern(
        "warm_standby",
        5,
        REPLICATION.name,
        "minutes",
        "medium",
        "A scaled-down but working copy runs in the recovery Region and scales up on failover.",
    ),
    Pattern(
        "multi_site_active_active",
        0,
        REPLICATION.name,
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


def _cheapest_for_rto(minutes: float) -> int:
    for index, pattern in enumerate(PATTERNS):
        if pattern.min_rto_minutes <= minutes:
            return index
    return len(PATTERNS) - 1


def _mechanism_for_rpo(minutes: float) -> Mechanism:
    if minutes == 0:
        return SYNCHRONOUS
    return BACKUPS if minutes >= BACKUPS.min_rpo_minutes else REPLICATION


def _cheapest_for_mechanism(mechanism: Mechanism) -> int:
    """Backups suit every pattern; replication needs at least pilot light; synchronous asks for active/active."""
    if mechanism is SYNCHRONOUS:
        return len(PATTERNS) - 1
    return next(index for index, pattern in enumerate(PATTERNS) if mechanism is BACKUPS or pattern.mechanism == mechanism.name)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """The RTO picks the compute that must already run; the RPO picks the data mechanism; the dearer wins."""
    rto = float(values["rto_minutes"])
    rpo = float(values["rpo_minutes"])
    mechanism = _mechanism_for_rpo(rpo)
    by_rto = _cheapest_for_rto(rto)
    by_rpo = _cheapest_for_mechanism(mechanism)
    chosen = PATTERNS[max(by_rto, by_rpo)]
    driven_by = "both" if by_rto == by_rpo else ("rto" if by_rto > by_rpo else "rpo")
    data = mechanism if mechanism is SYNCHRONOUS else (BACKUPS if chosen.mechanism == BACKUPS.name else REPLICATION)

    notes = [chosen.standby]
    if mechanism is SYNCHRONOUS:
        notes.append(
            "An RPO of 0 needs every write committed in more than one Region before it is acknowledged. DynamoDB "
            "global tables in multi-Region strong consistency mode and Aurora DSQL multi-Region clusters do this, at "
            "the price of cross-Region latency on every write; with the usual asynchronous replication even "
            "active/active loses the replication lag (near zero, not zero)."
        )
    elif chosen.name == "multi_site_active_active":
        notes.append("Active/active recovers in near-zero time, not zero: replication lag and DNS or routing changes remain.")
    if chosen.mechanism == REPLICATION.name and by_rto > by_rpo:
        notes.append(
            "The data tier is already replicated here, so a tighter RPO costs nothing more: the RTO decides how much "
            "compute keeps running in the recovery Region."
        )
    if chosen.name == "backup_restore":
        notes.append("Test restores regularly: an untested backup gives an unknown RTO.")
    return Result(
        outputs=(
            Output("pattern", "Pattern", chosen.name),
            Output("data_mechanism", "Data reaches the recovery Region by", data.name),
            Output("typical_rto", "Typical RTO", chosen.typical_rto),
            Output("typical_rpo", "Typical RPO", data.typical_rpo),
            Output("relative_cost", "Relative cost", chosen.relative_cost),
            Output("driven_by", "Objective that decides", driven_by),
        ),
        steps=(
            Step(
                "Data mechanism for the RPO",
                f"an RPO of {quantity(rpo, 'minutes')}: backups need at least {BACKUPS.min_rpo_minutes:g}, "
                "anything tighter needs replication",
                mechanism.name,
            ),
            Step(
                "Cheapest pattern with that data tier",
                "backups: any pattern; replication: pilot light or above",
                PATTERNS[by_rpo].name,
            ),
            Step(
                "Pattern for the RTO",
                f"cheapest pattern that recovers within {quantity(rto, 'minutes')}",
                PATTERNS[by_rto].name,
            ),
            Step("Pattern", "the more demanding of the two", chosen.name),
        ),
        notes=tuple(notes),
    )
