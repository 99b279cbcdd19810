"""DR pattern chooser: the RPO picks the data mechanism, the RTO the running compute, the RPO 0 caveat, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute

ORDER = ["backup_restore", "pilot_light", "warm_standby", "multi_site_active_active"]


def outputs(**raw: object) -> dict[str, object]:
    return compute("dr_pattern", raw)[1].output_values()


@pytest.mark.parametrize(
    ("rto", "rpo", "pattern"),
    [
        (1440, 1440, "backup_restore"),
        (240, 60, "backup_restore"),
        (239, 60, "pilot_light"),
        (240, 59, "pilot_light"),
        (60, 15, "pilot_light"),
        (30, 10, "pilot_light"),
        (29, 10, "warm_standby"),
        (10, 5, "warm_standby"),
        (5, 1, "warm_standby"),
        (4, 1, "multi_site_active_active"),
        (5, 0.5, "warm_standby"),  # replication lag meets half a minute: the RTO decides
        (0, 0, "multi_site_active_active"),
        (1440, 0.1, "pilot_light"),  # a tight RPO needs replication, not running compute
    ],
)
def test_thresholds(rto: float, rpo: float, pattern: str) -> None:
    assert outputs(rto_minutes=rto, rpo_minutes=rpo)["pattern"] == pattern


def test_defaults_choose_pilot_light() -> None:
    out = outputs()
    assert out["pattern"] == "pilot_light"
    assert out["typical_rto"] == "tens of minutes"
    assert out["relative_cost"] == "low"


def test_the_tighter_objective_decides() -> None:
    assert outputs(rto_minutes=1440, rpo_minutes=5)["driven_by"] == "rpo"
    assert outputs(rto_minutes=10, rpo_minutes=1440)["driven_by"] == "rto"
    assert outputs(rto_minutes=1440, rpo_minutes=1440)["driven_by"] == "both"


@pytest.mark.parametrize(
    ("rpo", "mechanism"),
    [
        (1440, "backups"),
        (60, "backups"),
        (59, "continuous replication"),
        (1, "continuous replication"),
        (0, "synchronous replication"),
    ],
)
def test_the_rpo_picks_the_data_mechanism(rpo: float, mechanism: str) -> None:
    assert outputs(rto_minutes=1440, rpo_minutes=rpo)["data_mechanism"] == mechanism


def test_pilot_light_and_warm_standby_share_the_replicated_data_tier() -> None:
    """The worked example: an hour of downtime with 15 or 1 minutes of lost data is pilot light either way."""
    fifteen = outputs(rto_minutes=60, rpo_minutes=15)
    one = outputs(rto_minutes=60, rpo_minutes=1)
    assert fifteen["pattern"] == one["pattern"] == "pilot_light"
    assert fifteen["typical_rpo"] == one["typical_rpo"] == "seconds to minutes (the replication lag)"
    assert outputs(rto_minutes=10, rpo_minutes=15)["pattern"] == "warm_standby"
    assert outputs(rto_minutes=10, rpo_minutes=15)["typical_rpo"] == fifteen["typical_rpo"]


def test_backups_only_when_both_objectives_allow_them() -> None:
    out = outputs(rto_minutes=1440, rpo_minutes=1440)
    assert out["data_mechanism"] == "backups"
    assert out["typical_rpo"].startswith("hours")
    assert (
        outputs(rto_minutes=10, rpo_minutes=1440)["data_mechanism"] == "continuous replication"
    )  # warm standby replicates anyway


def test_rpo_zero_needs_synchronous_writes() -> None:
    _, result = compute("dr_pattern", {"rto_minutes": 60, "rpo_minutes": 0})
    assert result.output_values()["data_mechanism"] == "synchronous replication"
    assert result.output_values()["pattern"] == "multi_site_active_active"
    assert any("synchronous" in note for note in result.notes)


minutes = st.floats(min_value=0, max_value=525_600)


@given(rto=minutes, rpo=minutes, tighter=st.floats(min_value=0, max_value=1))
def test_tighter_objectives_never_choose_a_cheaper_pattern(rto: float, rpo: float, tighter: float) -> None:
    loose = outputs(rto_minutes=rto, rpo_minutes=rpo)
    tight = outputs(rto_minutes=rto * tighter, rpo_minutes=rpo * tighter)
    assert ORDER.index(str(tight["pattern"])) >= ORDER.index(str(loose["pattern"]))
    assert all(isinstance(value, str) and value for value in loose.values())
