"""DR pattern chooser: the guide's thresholds, which objective decides, the RPO 0 caveat, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

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
        (5, 0.5, "multi_site_active_active"),
        (0, 0, "multi_site_active_active"),
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


def test_rpo_zero_needs_synchronous_writes() -> None:
    _, result = compute("dr_pattern", {"rto_minutes": 60, "rpo_minutes": 0})
    assert result.output_values()["typical_rpo"] == "near zero"
    assert any("synchronous" in note for note in result.notes)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"rto_minutes": -1}, "rto_minutes"),
        ({"rpo_minutes": -0.5}, "rpo_minutes"),
        ({"rto_minutes": 525_601}, "rto_minutes"),
        ({"rpo_minutes": "an hour"}, "rpo_minutes"),
    ],
)
def test_invalid_input_names_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute("dr_pattern", raw)
    assert caught.value.field == field


minutes = st.floats(min_value=0, max_value=525_600)


@given(rto=minutes, rpo=minutes, tighter=st.floats(min_value=0, max_value=1))
def test_tighter_objectives_never_choose_a_cheaper_pattern(rto: float, rpo: float, tighter: float) -> None:
    loose = outputs(rto_minutes=rto, rpo_minutes=rpo)
    tight = outputs(rto_minutes=rto * tighter, rpo_minutes=rpo * tighter)
    assert ORDER.index(str(tight["pattern"])) >= ORDER.index(str(loose["pattern"]))
    assert all(isinstance(value, str) and value for value in loose.values())
