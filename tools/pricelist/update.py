"""One update run, all or nothing: check versions, read the changed offers, select every price, then write.

Every problem found anywhere (a missing file, a malformed one, a selector matching nothing, two prices or a
different unit) is collected and the run stops with all of them, having written nothing. Only when every
selected fact has its one price are the data modules rewritten, the history appended and the version state saved.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from calculators.data._fact import Fact
from pricelist import history
from pricelist.fetch import Fetcher, FetchError, offer_file_in, region_index_path, version_index_path
from pricelist.rewrite import FactUpdate, RewriteError, rewrite_files, write_all
from pricelist.selector import GLOBAL_OFFERS, Selected, SelectionError, product_matches, region_prefix, select
from pricelist.stream import OfferFormatError, ScannedOffer, read_header, scan_offer

STATE_FILE = "price_list_versions.json"
"""The last offer version read, per Region and offer: what lets an unchanged version index stop the run early."""


class UpdateStopped(Exception):
    """The run found problems and wrote nothing; ``problems`` holds one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class UpdateResult:
    region: str
    fetched: date
    status: str = "unchanged"
    """``unchanged`` (stopped early), ``refreshed`` (offers read, no value moved) or ``changed``."""
    changes: list[tuple[Fact, Selected]] = field(default_factory=list)
    confirmed: list[tuple[Fact, Selected]] = field(default_factory=list)
    offers: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Offer code -> (version, publication date) of each file read."""
    unchanged_offers: list[str] = field(default_factory=list)
    uncovered: list[Fact] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


@dataclass
class _Source:
    offer: str
    version: str
    open: Any  # () -> IO[bytes]


def selected_by_offer(facts: Iterable[Fact], region: str) -> dict[str, list[Fact]]:
    by_offer: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.price_list is not None and fact.region == region:
            by_offer[fact.price_list.offer].append(fact)
    return dict(sorted(by_offer.items()))


def load_state(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / STATE_FILE
    if not path.exists():
        return {}
    state = json.loads(path.read_text(encoding="utf-8"))
    return state if isinstance(state, dict) else {}


def save_state(data_dir: Path, state: dict[str, dict[str, str]]) -> Path:
    path = data_dir / STATE_FILE
    path.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _small_json(stream: IO[bytes], what: str) -> dict[str, Any]:
    """An index file (a few KB to a few hundred KB): decoded whole."""
    with closing(stream):
        try:
            data = json.load(stream)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise OfferFormatError(f"{what}: malformed JSON ({error})") from None
    if not isinstance(data, dict):
        raise OfferFormatError(f"{what}: not a JSON object")
    return data


def _network_source(offer: str, region: str, fetcher: Fetcher) -> _Source:
    """The offer's current version from its version index; the file's address is looked up only if it is read."""
    versions = _small_json(fetcher(version_index_path(offer)), f"{offer} version index")
    current = versions.get("currentVersion")
    if not isinstance(current, str) or not current:
        raise OfferFormatError(f"{offer} version index: no currentVersion")

    def open_offer() -> IO[bytes]:
        if offer in GLOBAL_OFFERS:
            entry = (versions.get("versions") or {}).get(current) or {}
            url = entry.get("offerVersionUrl")
            if not isinstance(url, str):
                raise OfferFormatError(f"{offer} version index: no offerVersionUrl for version {current}")
        else:
            regions = _small_json(fetcher(region_index_path(offer)), f"{offer} region index")
            entry = (regions.get("regions") or {}).get(region) or {}
            url = entry.get("currentVersionUrl")
            if not isinstance(url, str):
                raise OfferFormatError(f"{offer} region index: {region} is not listed (is the service offered there?)")
        return fetcher(url)

    return _Source(offer, current, open_offer)


def _local_source(offer: str, directory: Path) -> _Source:
    path = offer_file_in(directory, offer)
    if not path.is_file():
        raise FetchError(f"{path}: no such offer file (download the Region's offer file for {offer} there)")
    with path.open("rb") as stream:
        header = read_header(stream, str(path))
    return _Source(offer, header["version"], lambda: path.open("rb"))


def _scan(source: _Source, facts: list[Fact], region: str) -> ScannedOffer:
    selectors = [fact.price_list for fact in facts if fact.price_list is not None]

    def keep(_sku: str, product: dict[str, Any]) -> bool:
        return any(product_matches(selector, product, region) for selector in selectors)

    with closing(source.open()) as stream:
        offer = scan_offer(stream, f"{source.offer} offer file", keep)
    if offer.header.get("offerCode") != source.offer:
        raise OfferFormatError(f"{source.offer} offer file: its offerCode is {offer.header.get('offerCode')!r}")
    return offer


def run(
    *,
    facts: Iterable[Fact],
    data_dir: Path,
    region: str,
    today: date,
    fetcher: Fetcher | None = None,
    from_dir: Path | None = None,
    dry_run: bool = False,
) -> UpdateResult:
    """Update every price-list fact of ``region``; :class:`UpdateStopped` (nothing written) on any problem."""
    facts = list(facts)
    result = UpdateResult(region=region, fetched=today)
    result.uncovered = [fact for fact in facts if fact.is_price and fact.price_list is None]
    by_offer = selected_by_offer(facts, region)
    problems: list[str] = []
    try:
        region_prefix(region)
    except SelectionError as error:
        raise UpdateStopped([str(error)]) from None
    if (fetcher is None) == (from_dir is None):
        raise ValueError("give exactly one of fetcher and from_dir")

    state = load_state(data_dir)
    seen = state.get(region, {})
    sources: list[_Source] = []
    for offer, offer_facts in by_offer.items():
        try:
            if from_dir is not None:
                source = _local_source(offer, from_dir)
            else:
                assert fetcher is not None
                source = _network_source(offer, region, fetcher)
        except (FetchError, OfferFormatError, OSError) as error:
            problems.append(f"{offer}: {error} (facts: {', '.join(fact.key for fact in offer_facts)})")
            continue
        if seen.get(offer) == source.version and all(fact.provenance is not None for fact in offer_facts):
            result.unchanged_offers.append(offer)
        else:
            sources.append(source)
    if problems:
        raise UpdateStopped(problems)
    if not sources:
        return result

    found: list[tuple[Fact, Selected]] = []
    for source in sources:
        offer_facts = by_offer[source.offer]
        try:
            scanned = _scan(source, offer_facts, region)
        except (FetchError, OfferFormatError, OSError) as error:
            problems.append(f"{source.offer}: {error} (facts: {', '.join(fact.key for fact in offer_facts)})")
            continue
        result.offers[source.offer] = (scanned.version, scanned.published[:10])
        for fact in offer_facts:
            try:
                found.append((fact, select(fact, scanned, region)))
            except SelectionError as error:
                problems.append(str(error))
    if problems:
        raise UpdateStopped(problems)

    updates = {
        fact.key: FactUpdate(
            value=selected.value,
            as_of=today,
            sku=selected.sku,
            rate_code=selected.rate_code,
            offer_version=selected.offer_version,
            published=selected.published,
            fetched=today,
        )
        for fact, selected in found
    }
    try:
        planned = rewrite_files(data_dir, updates)
    except (RewriteError, SyntaxError) as error:
        raise UpdateStopped([f"rewrite: {error}"]) from None

    result.changes = [(fact, selected) for fact, selected in found if selected.value != fact.value]
    result.confirmed = [(fact, selected) for fact, selected in found if selected.value == fact.value]
    result.status = "changed" if result.changes else "refreshed"
    if dry_run:
        return result

    write_all(planned)
    result.written = sorted(planned)
    records = [
        history.record(
            key=fact.key,
            old=fact.value,
            new=selected.value,
            unit=fact.unit,
            offer=fact.price_list.offer if fact.price_list else "",
            offer_version=selected.offer_version,
            published=selected.published.isoformat(),
            fetched=today.isoformat(),
            sku=selected.sku,
            rate_code=selected.rate_code,
        )
        for fact, selected in result.changes
    ]
    if history.append(data_dir / history.HISTORY_FILE, records):
        result.written.append(data_dir / history.HISTORY_FILE)
    state[region] = {**seen, **{source.offer: source.version for source in sources}}
    result.written.append(save_state(data_dir, state))
    return result
