"""The record every price and service limit is kept in, and the set of them a calculator is given."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

EVIDENCE_LEVELS = ("price-list", "aws", "third-party", "recalled")
"""How we know a figure, most direct first.

``price-list``: read from AWS's Price List bulk offer file by ``make update-prices`` (provenance below);
``aws``: read on an AWS-owned page (docs.aws.amazon.com, aws.amazon.com), or in the Kubernetes project's own
documentation (kubernetes.io, its SIG repositories) for Kubernetes;
``third-party``: seen only in third-party copies of AWS's figure; ``recalled``: long-standing but not
re-read. The prices page shows the level beside every figure, so readers know what to double-check.
"""


@dataclass(frozen=True, kw_only=True)
class PriceList:
    """Where one price sits in AWS's Price List bulk offer files, precise enough to match exactly one price.

    ``offer`` is the offer code (``AWSLambda``); ``usage_type`` matches the product's ``usagetype``
    attribute with or without the Region prefix (``USE1-``); ``attributes`` must all be equal on the
    product; ``unit`` is the price dimension's unit as the file spells it (``Requests``, ``Hrs``), and a
    different unit stops the update. A tiered price is picked by the fact's ``tier_begin`` (compared with
    the file's ``beginRange``). The file's price is per ``unit``; ``per`` scales it to the fact's unit
    (1,000,000 for "USD per million requests").
    """

    offer: str
    usage_type: str
    unit: str
    product_family: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    per: float = 1


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """Which price-list entry a value was read from, and when: enough to find it again."""

    sku: str
    rate_code: str
    offer_version: str
    published: date
    fetched: date


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A dated, sourced number: a price, a quota or a service limit."""

    key: str
    label: str
    value: float
    unit: str
    as_of: date
    source: str
    evidence: str = "aws"
    region: str = "us-east-1"
    note: str = ""
    tier_begin: float = 0
    """For a volume-tiered price: where its tier starts, in the quantity AWS's tiers count (GB-seconds,
    requests, GB a month); ``tier_end`` is where it stops (``None``: no upper end)."""
    tier_end: float | None = None
    price_list: PriceList | None = None
    provenance: Provenance | None = None

    @property
    def is_price(self) -> bool:
        """Prices change often and are checked more often than limits."""
        return self.unit.startswith("USD")

    @property
    def service(self) -> str:
        """The key's prefix: ``dynamodb`` for ``dynamodb.wcu_hour``."""
        return self.key.split(".", 1)[0]


@dataclass(frozen=True)
class Facts(Mapping[str, Fact]):
    """An immutable set of facts by key: what a calculator is given instead of reading module globals.

    Tests pass a set of round-number prices of their own (``with_values``) so that a price refresh changes
    no worked example; the site and the command line pass ``CURRENT``.
    """

    by_key: Mapping[str, Fact] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> Facts:
        """Index facts by key, refusing a key defined twice (each fact lives in one place)."""
        by_key: dict[str, Fact] = {}
        for fact in facts:
            if fact.key in by_key:
                raise ValueError(f"fact {fact.key!r} is defined twice")
            by_key[fact.key] = fact
        return cls(by_key)

    def __getitem__(self, key: str) -> Fact:
        try:
            return self.by_key[key]
        except KeyError:
            raise KeyError(f"no fact {key!r}: add it to a module of calculators/data/ (see CONTRIBUTING.md)") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_key)

    def __len__(self) -> int:
        return len(self.by_key)

    def value(self, key: str) -> float:
        """The number alone, for arithmetic."""
        return self[key].value

    def with_values(self, values: Mapping[str, float]) -> Facts:
        """A copy with some values replaced (tests' round numbers, a what-if)."""
        unknown = sorted(set(values) - set(self.by_key))
        if unknown:
            raise KeyError(f"no such facts: {', '.join(unknown)}")
        return Facts({key: replace(fact, value=values[key]) if key in values else fact for key, fact in self.by_key.items()})


@dataclass(frozen=True)
class RecordingFacts(Facts):
    """Facts that remember which keys were read: how ``compute`` learns what a result depends on."""

    used: set[str] = field(default_factory=set)

    def __getitem__(self, key: str) -> Fact:
        fact = super().__getitem__(key)
        self.used.add(key)
        return fact
