"""Find the one price a fact's selector names in a scanned offer file, or say precisely why there is not one.

A product matches when its ``usagetype`` is the selector's, bare or with the Region's prefix (``USE1-``); its
``productFamily`` and every selector attribute are equal; and it belongs to the Region (or to none: CloudFront's
global file). Then the OnDemand price dimension whose ``beginRange`` is the fact's ``tier_begin`` is the price.
Exactly one must remain, in the expected unit: anything else stops the update with a message naming the fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from calculators.data._fact import Fact, PriceList
from pricelist.stream import ScannedOffer

REGION_PREFIXES = {
    "us-east-1": "USE1",
    "us-east-2": "USE2",
    "us-west-1": "USW1",
    "us-west-2": "USW2",
    "ca-central-1": "CAN1",
    "sa-east-1": "SAE1",
    "eu-west-1": "EU",
    "eu-west-2": "EUW2",
    "eu-west-3": "EUW3",
    "eu-central-1": "EUC1",
    "eu-north-1": "EUN1",
    "eu-south-1": "EUS1",
    "eu-south-2": "EUS2",
    "ap-northeast-1": "APN1",
    "ap-northeast-2": "APN2",
    "ap-northeast-3": "APN3",
    "ap-southeast-1": "APS1",
    "ap-southeast-2": "APS2",
    "ap-south-1": "APS3",
    "ap-east-1": "APE1",
    "me-south-1": "MES1",
    "af-south-1": "AFS1",
}
"""The usage-type prefix of each Region (us-east-1's usage types are mostly bare; some services write ``USE1-``)."""

GLOBAL_OFFERS = frozenset({"AmazonCloudFront"})
"""Offers whose edge prices live only in the all-regions file, keyed by edge location (``US-``), not Region."""


class SelectionError(Exception):
    """No single price for a fact: the message names the fact and its selector."""


@dataclass(frozen=True)
class Selected:
    """The price a selector found, in the fact's unit, and where exactly it came from."""

    key: str
    value: float
    sku: str
    rate_code: str
    file_unit: str
    usd: str
    offer_version: str
    published: date


def region_prefix(region: str) -> str:
    try:
        return REGION_PREFIXES[region]
    except KeyError:
        raise SelectionError(f"no usage-type prefix known for Region {region!r}: add it to REGION_PREFIXES") from None


def describe(fact: Fact) -> str:
    """The selector in one line, for error messages and the summary."""
    selector = fact.price_list
    assert selector is not None
    parts = [selector.offer, f"usagetype={selector.usage_type}"]
    if selector.product_family:
        parts.append(f"productFamily={selector.product_family}")
    parts += [f"{name}={value}" for name, value in selector.attributes]
    parts.append(f"unit={selector.unit}")
    parts.append(f"beginRange={_number(fact.tier_begin)}")
    return " ".join(parts)


def product_matches(selector: PriceList, product: dict[str, Any], region: str) -> bool:
    attributes = product.get("attributes") or {}
    usage = attributes.get("usagetype", "")
    if usage not in (selector.usage_type, f"{region_prefix(region)}-{selector.usage_type}"):
        return False
    if selector.product_family and product.get("productFamily") != selector.product_family:
        return False
    if attributes.get("regionCode") not in (None, "", region):
        return False
    return all(attributes.get(name) == value for name, value in selector.attributes)


def select(fact: Fact, offer: ScannedOffer, region: str) -> Selected:
    """The one price for ``fact`` in ``offer``; :class:`SelectionError` otherwise."""
    selector = fact.price_list
    assert selector is not None
    where = f"{fact.key}: {describe(fact)}"
    skus = [sku for sku, product in offer.products.items() if product_matches(selector, product, region)]
    if not skus:
        raise SelectionError(f"{where}: no product matches in {offer.name} (missing product, or a renamed usage type)")
    dimensions: list[tuple[str, str, dict[str, Any]]] = []
    for sku in skus:
        terms = offer.terms.get(sku)
        if not terms:
            raise SelectionError(f"{where}: product {sku} has no OnDemand terms in {offer.name}")
        for term in terms.values():
            if not isinstance(term, dict) or not isinstance(term.get("priceDimensions"), dict):
                raise SelectionError(f"{where}: a term of {sku} has no priceDimensions")
            dimensions += [(sku, rate_code, dim) for rate_code, dim in term["priceDimensions"].items()]
    in_tier = [entry for entry in dimensions if _begin(entry[2], where) == Decimal(str(fact.tier_begin))]
    if not in_tier:
        tiers = ", ".join(sorted({str(dim.get("beginRange")) for _, _, dim in dimensions}))
        raise SelectionError(f"{where}: no price starts at {_number(fact.tier_begin)} (tiers start at {tiers})")
    if len(in_tier) > 1:
        found = ", ".join(f"{sku}/{rate} {dim.get('unit')} {_usd(dim)}" for sku, rate, dim in in_tier)
        raise SelectionError(f"{where}: ambiguous, {len(in_tier)} prices match ({found}); narrow the selector")
    sku, rate_code, dimension = in_tier[0]
    unit = dimension.get("unit")
    if unit != selector.unit:
        raise SelectionError(f"{where}: unit changed: the file says {unit!r} for {rate_code}; check the price's meaning")
    if fact.tier_end is not None:
        end = str(dimension.get("endRange"))
        if end == "Inf" or _decimal(end, where) != Decimal(str(fact.tier_end)):
            raise SelectionError(f"{where}: tier boundary moved: {rate_code} ends at {end}, the fact at {_number(fact.tier_end)}")
    usd = _usd(dimension)
    if not isinstance(usd, str):
        raise SelectionError(f"{where}: {rate_code} has no USD price")
    price = _decimal(usd, where)
    if price == 0 and fact.value != 0:
        raise SelectionError(f"{where}: {rate_code} is a zero price (a free-tier line?); set tier_begin past it")
    value = price * Decimal(str(selector.per))
    return Selected(
        key=fact.key,
        value=float(value),
        sku=sku,
        rate_code=rate_code,
        file_unit=unit,
        usd=usd,
        offer_version=offer.version,
        published=_date(offer.published, where),
    )


def _usd(dimension: dict[str, Any]) -> Any:
    return (dimension.get("pricePerUnit") or {}).get("USD")


def _begin(dimension: dict[str, Any], where: str) -> Decimal:
    return _decimal(str(dimension.get("beginRange", "0")), where)


def _decimal(text: str, where: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise SelectionError(f"{where}: {text!r} is not a number") from None


def _date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise SelectionError(f"{where}: publicationDate {text!r} is not a date") from None


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
