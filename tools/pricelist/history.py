"""The price history: one JSON line per changed value, appended, never rewritten."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HISTORY_FILE = "history.jsonl"


def record(
    *,
    key: str,
    old: float,
    new: float,
    unit: str,
    offer: str,
    offer_version: str,
    published: str,
    fetched: str,
    sku: str,
    rate_code: str,
) -> dict[str, Any]:
    return {
        "key": key,
        "old": old,
        "new": new,
        "unit": unit,
        "offer": offer,
        "offer_version": offer_version,
        "published": published,
        "fetched": fetched,
        "sku": sku,
        "rate_code": rate_code,
    }


def append(path: Path, records: Iterable[dict[str, Any]]) -> int:
    lines = [json.dumps(entry, sort_keys=False, ensure_ascii=False) + "\n" for entry in records]
    if lines:
        with path.open("a", encoding="utf-8") as handle:
            handle.writelines(lines)
    return len(lines)


def read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
