"""Chained widgets: a feed reads a widget above it, rounds as the browser does, and says where it comes from."""

from __future__ import annotations

import json
import re
import subprocess
from html import unescape
from types import SimpleNamespace
from typing import Any

import pytest

from macros import define_env
from macros.feeds import Feed, FeedLink, fed_value
from macros.widget import widget_html
from tests.conftest import ROOT


class _Env:
    def __init__(self, url: str) -> None:
        self.page = SimpleNamespace(url=url)
        self.conf: dict[str, Any] = {"docs_dir": str(ROOT / "docs"), "nav": []}
        self.macros: dict[str, Any] = {}
        self.variables: dict[str, Any] = {}

    def macro(self, function: Any) -> Any:
        self.macros[function.__name__] = function
        return function


@pytest.fixture
def env() -> _Env:
    made = _Env("interview/example/")
    define_env(made)
    return made


def test_a_feed_fills_the_input_from_the_widget_above(env: _Env) -> None:
    env.macros["calculator"]("traffic_estimate", requests_per_day=1_000_000_000)
    html = env.macros["calculator"]("kinesis_shards", records_per_second=env.macros["feed"]("traffic_estimate", "average_rps"))
    value = re.search(r'name="records_per_second" value="([^"]+)"', html)
    assert value and value.group(1) == "11,574.1"
    feeds = json.loads(unescape(re.search(r'data-feeds="([^"]+)"', html).group(1)))  # type: ignore[union-attr]
    assert feeds == {"records_per_second": {"from": "traffic_estimate", "output": "average_rps", "scale": 1.0}}
    assert 'href="#traffic_estimate-title"' in html
    assert env.macros["fed"]("traffic_estimate", "average_rps") == 11574.1


def test_a_feed_must_come_from_above_and_name_a_real_output(env: _Env) -> None:
    with pytest.raises(KeyError, match="no widget 'traffic_estimate' above"):
        env.macros["calculator"]("kinesis_shards", records_per_second=env.macros["feed"]("traffic_estimate", "average_rps"))
    env.macros["calculator"]("traffic_estimate")
    with pytest.raises(KeyError, match="no output 'rps'"):
        env.macros["fed"]("traffic_estimate", "rps")


def test_a_scaled_feed_says_how() -> None:
    define = _Env("x/")
    define_env(define)
    with pytest.raises(ValueError, match="say how the scale"):
        define.macros["feed"]("traffic_estimate", "average_rps", scale=2)
    link = FeedLink(Feed("traffic_estimate", "peak_rps", 2, "two devices download each edit"), "Traffic", "Peak")
    html = widget_html(
        "s3_request_rate", {"get_requests_per_second": 10}, widget_id="s3", runtime={}, feeds={"get_requests_per_second": link}
    )
    assert "(two devices download each edit)" in html


@pytest.mark.parametrize(
    "value", [11574.074074074075, 0.000123456789, 30416666666.666668, 1 / 3, 694.4444444444445, 5e-7, 123456789012.0]
)
def test_the_build_rounds_a_fed_value_exactly_as_the_browser_does(value: float) -> None:
    """calc.js: Number((v * scale).toPrecision(6)); both round the same double correctly."""
    script = f"console.log(JSON.stringify(Number(({value!r}).toPrecision(6))))"
    browser = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)
    assert fed_value(value) == browser
