"""`make update-prices`: every selector in the data finds its one price; every way an update can go wrong stops it
with a message naming the fact and writes nothing; a run that succeeds rewrites values and provenance in place.

No network: the offer files are fragments in the real files' shape in ``fixtures/pricelist/`` (with the decoys a
selector must step over), and the network path runs against a fake host serving them. Write tests work on copies
of the data modules in ``tmp_path``; the real ones are never touched.
"""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any

import pytest

from calculators.data import CURRENT, Fact, PriceList, module_facts
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import check_prices
from pricelist import cli, history, report
from pricelist.fetch import FetchError
from pricelist.rewrite import FactUpdate, literal_number, rewrite_module
from pricelist.selector import SelectionError, select
from pricelist.stream import JsonReader, OfferFormatError, ScannedOffer, read_header, scan_offer
from pricelist.update import STATE_FILE, UpdateStopped, run

FIXTURES = Path(__file__).parent / "fixtures" / "pricelist"
DATA = ROOT / "calculators" / "data"
REGION = "us-east-1"
TODAY = date(2026, 12, 4)
SELECTED = sorted((fact for fact in CURRENT.values() if fact.price_list is not None), key=lambda fact: fact.key)


def scanned(offer: str, directory: Path = FIXTURES) -> ScannedOffer:
    with (directory / f"{offer}.json").open("rb") as stream:
        return scan_offer(stream, offer, lambda _sku, _product: True)


def selector(fact: Fact) -> PriceList:
    assert fact.price_list is not None
    return fact.price_list


def copy_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for path in DATA.glob("*.py"):
        shutil.copy(path, data / path.name)
    return data


def copy_fixtures(tmp_path: Path) -> Path:
    offers = tmp_path / "offers"
    shutil.copytree(FIXTURES, offers)
    return offers


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def edit_offer(directory: Path, offer: str, change: Any) -> None:
    """Load a fixture copy, let ``change`` edit it, and write it back in AWS's layout."""
    path = directory / f"{offer}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2, separators=(",", " : ")) + "\n", encoding="utf-8")


def sku_of(document: dict[str, Any], usage_type: str, **attributes: str) -> str:
    skus = [
        sku
        for sku, product in document["products"].items()
        if product["attributes"].get("usagetype") == usage_type
        and all(product["attributes"].get(name) == value for name, value in attributes.items())
    ]
    assert len(skus) == 1, skus
    return skus[0]


def load_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"_copied_{path.parent.name}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def facts_in(data: Path) -> list[Fact]:
    """The facts of copied data modules, imported from the copies (so rewritten provenance is seen)."""
    modules = [load_module(path) for path in sorted(data.glob("*.py")) if not path.name.startswith("_")]
    return [fact for module in modules for fact in module_facts(module)]


def run_from(offers: Path, data: Path, facts: list[Fact] | None = None, **kwargs: Any) -> Any:
    facts = list(CURRENT.values()) if facts is None else facts
    return run(facts=facts, data_dir=data, region=REGION, today=TODAY, from_dir=offers, **kwargs)


def price_of(offer: str, fact: Fact) -> float:
    return select(fact, scanned(offer), REGION).value


# --- Every selector in the data ---------------------------------------------------------------------------


def test_the_data_has_selectors_for_the_services_the_calculators_price() -> None:
    offers = {selector(fact).offer for fact in SELECTED}
    assert offers >= {
        "AWSLambda",
        "AmazonApiGateway",
        "AWSQueueService",
        "AmazonKinesis",
        "AmazonDynamoDB",
        "AmazonS3",
        "AmazonEC2",
        "AWSELB",
        "AmazonCloudFront",
        "AmazonEKS",
    }
    assert len(SELECTED) >= 60


@pytest.mark.parametrize("fact", SELECTED, ids=lambda fact: fact.key)
def test_every_selector_matches_exactly_one_price_in_the_fixtures(fact: Fact) -> None:
    found = select(fact, scanned(selector(fact).offer), REGION)
    assert found.file_unit == selector(fact).unit
    # the fixtures hold the prices of the day they were recorded: a factor of 2 catches a wrong `per` (x1000)
    # without tying this test to today's values
    assert fact.value / 2 < found.value < fact.value * 2


def test_every_fixture_file_is_an_offer_some_selector_reads() -> None:
    assert {path.stem for path in FIXTURES.glob("*.json")} == {selector(fact).offer for fact in SELECTED}


def test_no_two_facts_select_the_same_price() -> None:
    rates = [select(fact, scanned(selector(fact).offer), REGION).rate_code for fact in SELECTED]
    assert len(rates) == len(set(rates))


def test_lambda_duration_steps_over_edge_and_provisioned_concurrency_and_the_free_tier() -> None:
    lam = scanned("AWSLambda")
    groups = {product["attributes"].get("group") for product in lam.products.values()}
    assert {"AWS-Lambda-Edge-Duration", "AWS-Lambda-Provisioned-Concurrency", "AWS-Lambda-Duration"} <= groups
    assert any(product["attributes"]["usagetype"] == "Global-Lambda-GB-Second" for product in lam.products.values())
    x86 = select(CURRENT["lambda.gb_second_x86"], lam, REGION)
    assert lam.products[x86.sku]["attributes"]["usagetype"] == "Lambda-GB-Second"
    edge = select(CURRENT["cloudfront.lambda_edge_gb_second"], lam, REGION)
    provisioned = select(CURRENT["lambda.provisioned_gb_second_x86"], lam, REGION)
    assert len({x86.sku, edge.sku, provisioned.sku}) == 3
    # without its group attribute the duration selector still does not reach the Edge or provisioned products
    bare = replace(CURRENT["lambda.gb_second_x86"], price_list=replace(selector(CURRENT["lambda.gb_second_x86"]), attributes=()))
    assert select(bare, lam, REGION).sku == x86.sku


def test_tiers_are_picked_by_begin_range_and_checked_against_tier_end() -> None:
    lam = scanned("AWSLambda")
    tier1 = select(CURRENT["lambda.gb_second_x86"], lam, REGION)
    tier2 = select(CURRENT["lambda.gb_second_x86_tier2"], lam, REGION)
    assert tier1.sku == tier2.sku and tier1.rate_code != tier2.rate_code
    moved = replace(CURRENT["lambda.gb_second_x86"], tier_end=5_000_000_000)
    with pytest.raises(SelectionError, match=r"lambda\.gb_second_x86: .*tier boundary moved"):
        select(moved, lam, REGION)
    nowhere = replace(CURRENT["lambda.gb_second_x86_tier2"], tier_begin=7_000_000_000)
    with pytest.raises(SelectionError, match=r"lambda\.gb_second_x86_tier2: .*no price starts at 7,000,000,000"):
        select(nowhere, lam, REGION)


def test_a_region_prefixed_usage_type_matches_and_a_bare_one_too() -> None:
    apigw = scanned("AmazonApiGateway")
    rest = select(CURRENT["apigw.rest_first_333m"], apigw, REGION)
    assert apigw.products[rest.sku]["attributes"]["usagetype"] == "USE1-ApiGatewayRequest"
    assert selector(CURRENT["apigw.rest_first_333m"]).usage_type == "ApiGatewayRequest"
    # DynamoDB lists TimedStorage-ByteHrs bare and with USE1-: the volumeType attribute tells them apart
    ddb = scanned("AmazonDynamoDB")
    fact = CURRENT["dynamodb.storage_gb_month"]
    assert select(fact, ddb, REGION).value == pytest.approx(0.25)
    loose = replace(fact, price_list=replace(selector(fact), attributes=()), tier_begin=0)
    with pytest.raises(SelectionError, match=r"dynamodb\.storage_gb_month: .*ambiguous, 2 prices match"):
        select(loose, ddb, REGION)


def test_another_regions_prefix_does_not_match() -> None:
    apigw = scanned("AmazonApiGateway")
    fact = CURRENT["apigw.http_first_300m"]
    with pytest.raises(SelectionError, match="no product matches"):
        select(fact, apigw, "eu-west-2")


def test_a_free_tier_zero_line_is_refused_as_a_price() -> None:
    fact = replace(CURRENT["dynamodb.wcu_hour"], tier_begin=0)
    with pytest.raises(SelectionError, match=r"dynamodb\.wcu_hour: .*zero price \(a free-tier line\?\)"):
        select(fact, scanned("AmazonDynamoDB"), REGION)


def test_prices_scale_to_the_facts_unit() -> None:
    assert price_of("AWSLambda", CURRENT["lambda.request_million"]) == pytest.approx(0.2)
    assert price_of("AmazonCloudFront", CURRENT["cloudfront.https_10k"]) == pytest.approx(0.01)
    assert price_of("AmazonApiGateway", CURRENT["apigw.rest_over_20b"]) == 1.51  # exact: decimal arithmetic
    assert price_of("AmazonS3", CURRENT["s3.standard_put_1000"]) == 0.005


# --- The streaming reader ---------------------------------------------------------------------------------


class GeneratedOffer(io.RawIOBase):
    """A large offer file made on the fly, never held whole: a reader that loads it all would need ~40 MB."""

    def __init__(self, products: int) -> None:
        self._parts = self._generate(products)
        self._pending = b""
        self.bytes_read = 0

    @staticmethod
    def _generate(products: int) -> Iterator[bytes]:
        yield b'{\n  "formatVersion" : "v1.0",\n  "offerCode" : "AmazonEC2",\n  "version" : "20261202231117",\n'
        yield b'  "publicationDate" : "2026-12-02T23:11:17Z",\n  "products" : {\n'
        for index in range(products):
            sku = f"SKU{index:013d}"
            product = {
                "sku": sku,
                "productFamily": "Compute Instance",
                "attributes": {"usagetype": f"BoxUsage:x{index}.large", "regionCode": "us-east-1", "note": 'a "quoted" }{ ]['},
            }
            yield (b",\n" if index else b"") + f'    "{sku}" : '.encode() + json.dumps(product).encode()
        yield b'\n  },\n  "terms" : {\n    "Reserved" : {\n'
        for index in range(products):
            sku = f"SKU{index:013d}"
            yield (b",\n" if index else b"") + f'"{sku}" : {{"{sku}.X" : {{"priceDimensions" : {{"a\\"}}" : [1, 2]}}}}}}'.encode()
        yield b'\n    },\n    "OnDemand" : {\n'
        for index in range(products):
            sku = f"SKU{index:013d}"
            dimension = {"unit": "Hrs", "beginRange": "0", "endRange": "Inf", "pricePerUnit": {"USD": f"0.{index:010d}"}}
            term = {f"{sku}.JRTCKXETXF": {"priceDimensions": {f"{sku}.JRTCKXETXF.6YS6EN2CT7": dimension}}}
            yield (b",\n" if index else b"") + f'      "{sku}" : '.encode() + json.dumps(term).encode()
        yield b"\n    }\n  }\n}\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while len(self._pending) < len(buffer):
            part = next(self._parts, None)
            if part is None:
                break
            self._pending += part
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        self.bytes_read += count
        return count


def test_the_reader_streams_a_large_file_holding_only_a_bounded_window() -> None:
    products = 60_000
    stream = GeneratedOffer(products)
    wanted = f"SKU{products - 7:013d}"
    offer = scan_offer(stream, "generated", lambda sku, _product: sku == wanted)
    assert stream.bytes_read > 25_000_000
    assert offer.product_count == products
    assert list(offer.terms) == [wanted]
    assert offer.reader is not None and offer.reader.max_buffered < 1_000_000  # a window, not the file
    fact = Fact(
        key="ec2.generated",
        label="x",
        value=0.5,
        unit="USD per hour",
        as_of=TODAY,
        source="https://example.com/",
        price_list=PriceList(offer="AmazonEC2", usage_type=f"BoxUsage:x{products - 7}.large", unit="Hrs"),
    )
    assert select(fact, offer, REGION).usd == f"0.{products - 7:010d}"


def test_the_header_is_read_without_reading_the_products() -> None:
    stream = GeneratedOffer(100_000)
    assert read_header(stream, "generated") == {
        "formatVersion": "v1.0",
        "offerCode": "AmazonEC2",
        "version": "20261202231117",
        "publicationDate": "2026-12-02T23:11:17Z",
    }
    assert stream.bytes_read <= 1 << 16


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64, 4096])
def test_the_reader_gives_the_same_result_whatever_the_chunk_size(chunk_size: int) -> None:
    with (FIXTURES / "AmazonEC2.json").open("rb") as stream:
        small = scan_offer(stream, "ec2", lambda _sku, _product: True, chunk_size=chunk_size)
    whole = json.loads((FIXTURES / "AmazonEC2.json").read_text(encoding="utf-8"))
    assert small.products == whole["products"]
    assert small.terms == whole["terms"]["OnDemand"]
    assert "Reserved" in whole["terms"]  # read past, not kept


def test_an_unknown_extra_key_is_skipped() -> None:
    text = (FIXTURES / "AmazonS3GlacierDeepArchive.json").read_text(encoding="utf-8")
    assert '"attributesList"' in text
    assert scanned("AmazonS3GlacierDeepArchive").product_count == 4


HEAD = b'{"offerCode" : "X", "version" : "1", "publicationDate" : "2026-01-01", '


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (HEAD + b'"products" : {"A" : {', "malformed JSON"),
        (HEAD + b'"products" : {}} trailing', "after the offer"),
        (HEAD + b'"terms" : {}, "products" : {}}', "terms come before"),
        (b'{"offerCode" : "X", "products" : {}, "terms" : {}}', "no version, publicationDate in the header"),
        (b'["not", "an", "offer"]', "expected '{'"),
        (HEAD + b'"products" : {"A" : 3}}', "not an object"),
        (HEAD + b'"products" : {"A" : {"attributes" : {}}}, "terms" : {"OnDemand" : {"A" : {"t" : ', "ends inside|malformed"),
    ],
)
def test_a_malformed_file_is_refused_with_where(document: bytes, message: str) -> None:
    with pytest.raises(OfferFormatError, match=message):
        scan_offer(io.BytesIO(document), "broken.json", lambda _sku, _product: True)


def test_skipping_handles_escapes_split_across_chunks() -> None:
    document = b'{"a" : ["x\\\\", "y\\"]", {"z" : "}"}], "b" : "kept"}'
    for chunk_size in range(1, 12):
        reader = JsonReader(io.BytesIO(document), "escapes", chunk_size)
        values = {}
        for key in reader.keys():
            if key == "b":
                values[key] = reader.value()
        assert values == {"b": "kept"}, chunk_size


# --- A whole run: failures stop it and write nothing -------------------------------------------------------


def stopped(offers: Path, data: Path) -> list[str]:
    before = snapshot(data)
    with pytest.raises(UpdateStopped) as raised:
        run_from(offers, data)
    assert snapshot(data) == before, "a stopped update wrote something"
    assert not (data / STATE_FILE).exists() and not (data / history.HISTORY_FILE).exists()
    return raised.value.problems


def test_ambiguity_stops_the_update(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)

    def second_x86_request(document: dict[str, Any]) -> None:
        arm = sku_of(document, "Request-ARM")
        document["products"][arm]["attributes"] |= {"usagetype": "Request", "group": "AWS-Lambda-Requests"}
        for term in document["terms"]["OnDemand"][arm].values():
            for dimension in term["priceDimensions"].values():
                dimension["unit"] = "Request"

    edit_offer(offers, "AWSLambda", second_x86_request)
    problems = stopped(offers, data)
    assert len(problems) == 1
    assert problems[0].startswith("lambda.request_million: AWSLambda usagetype=Request")
    assert "ambiguous, 2 prices match" in problems[0]


def test_a_unit_change_stops_the_update(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)

    def in_gb_hours(document: dict[str, Any]) -> None:
        sku = sku_of(document, "Storage-ShardHour")
        for term in document["terms"]["OnDemand"][sku].values():
            for dimension in term["priceDimensions"].values():
                dimension["unit"] = "StreamHour"

    edit_offer(offers, "AmazonKinesis", in_gb_hours)
    (problem,) = stopped(offers, data)
    assert problem.startswith("kinesis.shard_hour: ") and "unit changed: the file says 'StreamHour'" in problem


def test_a_missing_product_stops_the_update(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)

    def without_alb_lcus(document: dict[str, Any]) -> None:
        del document["products"]["P2XGEJ8N3KU52WA8"]
        del document["terms"]["OnDemand"]["P2XGEJ8N3KU52WA8"]

    edit_offer(offers, "AWSELB", without_alb_lcus)
    (problem,) = stopped(offers, data)
    assert problem.startswith("elb.alb_lcu_hour: AWSELB usagetype=LCUUsage productFamily=Load Balancer-Application")
    assert "no product matches" in problem


def test_missing_terms_stop_the_update(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)

    def without_terms(document: dict[str, Any]) -> None:
        del document["terms"]["OnDemand"][sku_of(document, "NatGateway-Bytes")]

    edit_offer(offers, "AmazonEC2", without_terms)
    (problem,) = stopped(offers, data)
    assert problem.startswith("vpc.nat_gateway_gb: ") and "has no OnDemand terms" in problem


def test_a_malformed_file_stops_the_update_naming_its_facts(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    path = offers / "AmazonEKS.json"
    path.write_bytes(path.read_bytes()[:-40])
    (problem,) = stopped(offers, data)
    assert problem.startswith("AmazonEKS: AmazonEKS offer file: ") and "eks.cluster_hour" in problem


def test_a_missing_file_stops_the_update(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    (offers / "AmazonSNS.json").unlink()
    (problem,) = stopped(offers, data)
    assert "AmazonSNS.json: no such offer file" in problem and "sns.publish_million" in problem


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    (offers / "AmazonSNS.json").unlink()
    (offers / "AWSEvents.json").unlink()
    assert len(stopped(offers, data)) == 2


def test_the_cli_prints_one_line_per_problem_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    (offers / "AmazonEKS.json").unlink()
    assert cli.main(["--from", str(offers), "--today", TODAY.isoformat()], data_dir=data) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "update-prices: stopped, nothing written (1 problem(s)):"
    assert len(err) == 2 and "eks.cluster_hour" in err[1]


# --- A whole run that succeeds ------------------------------------------------------------------------------


def raise_price(offers: Path, offer: str, sku: str, factor: float) -> str:
    new_usd = ""

    def change(document: dict[str, Any]) -> None:
        nonlocal new_usd
        for term in document["terms"]["OnDemand"][sku].values():
            for dimension in term["priceDimensions"].values():
                new_usd = f"{float(dimension['pricePerUnit']['USD']) * factor:.10f}"
                dimension["pricePerUnit"]["USD"] = new_usd

    edit_offer(offers, offer, change)
    return new_usd


def test_from_dir_rewrites_values_and_provenance_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    old = CURRENT["elb.alb_lcu_hour"].value
    raise_price(offers, "AWSELB", "P2XGEJ8N3KU52WA8", 1.05)
    summary_file = tmp_path / "summary.md"
    argv = ["--from", str(offers), "--summary", str(summary_file), "--today", TODAY.isoformat()]
    assert cli.main(argv, data_dir=data) == 0
    out = capsys.readouterr().out
    assert out == summary_file.read_text(encoding="utf-8")

    elb = load_module(data / "elb.py")
    fact = elb.ALB_LCU_HOUR
    assert fact.value == pytest.approx(old * 1.05)
    assert fact.evidence == "price-list" and fact.as_of == TODAY
    assert fact.provenance.sku == "P2XGEJ8N3KU52WA8"
    assert fact.provenance.rate_code == "P2XGEJ8N3KU52WA8.JRTCKXETXF.6YS6EN2CT7"
    assert fact.provenance.offer_version == "20261130092255"
    assert fact.provenance.published == date(2026, 11, 30) and fact.provenance.fetched == TODAY
    # every selected fact now carries its provenance, and only the data modules of selected facts changed
    rewritten = {fact.key: fact for fact in facts_in(data)}
    assert all(rewritten[fact.key].provenance is not None for fact in SELECTED)
    untouched = {"cloudformation.py", "elasticache.py", "iam.py", "kubernetes.py", "rds.py", "route53.py", "slas.py"}
    for name in untouched:
        assert (data / name).read_bytes() == (DATA / name).read_bytes()
    # a fact nothing selects keeps its value and date
    assert rewritten["route53.hosted_zone_month"] == CURRENT["route53.hosted_zone_month"]


def test_the_rewritten_modules_keep_ruffs_format(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    raise_price(offers, "AWSLambda", sku_of(json.loads((offers / "AWSLambda.json").read_text()), "Request"), 1.25)
    run_from(offers, data)
    ruff = Path(sys.executable).parent / "ruff"
    assert ruff.exists(), "ruff is pinned in requirements.lock: run `make install`"
    changed = [str(path) for path in sorted(data.glob("*.py")) if path.read_bytes() != (DATA / path.name).read_bytes()]
    assert len(changed) >= 10
    check = subprocess.run(
        [str(ruff), "format", "--check", "--config", str(ROOT / "pyproject.toml"), *changed],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    lint = subprocess.run(
        [str(ruff), "check", "--config", str(ROOT / "pyproject.toml"), *changed], capture_output=True, text=True, check=False
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_a_second_rewrite_of_the_same_values_changes_nothing(tmp_path: Path) -> None:
    text = (DATA / "lambda_.py").read_text(encoding="utf-8")
    update = FactUpdate(
        value=0.25,
        as_of=TODAY,
        sku="SKU",
        rate_code="SKU.JRTCKXETXF.6YS6EN2CT7",
        offer_version="20261201094512",
        published=date(2026, 12, 1),
        fetched=TODAY,
    )
    once = rewrite_module(text, {"lambda.request_million": update})
    assert rewrite_module(once, {"lambda.request_million": update}) == once
    assert once.count("provenance=Provenance(") == text.count("provenance=Provenance(") + 1
    assert "from calculators.data._fact import Fact, PriceList, Provenance" in once


@pytest.mark.parametrize(
    ("value", "text"), [(0.2, "0.2"), (0.0000166667, "0.0000166667"), (1e-05, "0.00001"), (18600.0, "18_600"), (3.0, "3")]
)
def test_values_are_written_as_the_data_writes_them(value: float, text: str) -> None:
    assert literal_number(value) == text


def test_history_gets_one_line_per_changed_value(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    new_usd = raise_price(offers, "AWSELB", "P2XGEJ8N3KU52WA8", 1.05)
    run_from(offers, data)
    lines = history.read(data / history.HISTORY_FILE)
    assert lines == [
        {
            "key": "elb.alb_lcu_hour",
            "old": CURRENT["elb.alb_lcu_hour"].value,
            "new": float(new_usd),
            "unit": "USD per LCU-hour",
            "offer": "AWSELB",
            "offer_version": "20261130092255",
            "published": "2026-11-30",
            "fetched": "2026-12-04",
            "sku": "P2XGEJ8N3KU52WA8",
            "rate_code": "P2XGEJ8N3KU52WA8.JRTCKXETXF.6YS6EN2CT7",
        }
    ]
    # a later version of the file, another change: appended
    raise_price(offers, "AWSELB", "P2XGEJ8N3KU52WA8", 1.1)
    edit_offer(offers, "AWSELB", lambda document: document.update(version="20261204000000"))
    assert run_from(offers, data, facts=facts_in(data)).status == "changed"
    assert [line["key"] for line in history.read(data / history.HISTORY_FILE)] == ["elb.alb_lcu_hour"] * 2


def test_the_summary_is_a_pull_request_body(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    old = CURRENT["elb.alb_lcu_hour"].value
    raise_price(offers, "AWSELB", "P2XGEJ8N3KU52WA8", 1.05)
    result = run_from(offers, data, dry_run=True)
    assert result.status == "changed" and result.written == []
    text = report.summary(result, ROOT)
    assert text.startswith("## Price list update (us-east-1, fetched 2026-12-04)")
    assert "| Fact | Old | New | Change | Unit | Calculators | Pages |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `elb.alb_lcu_hour`"))
    assert f"| {old:g} | {old * 1.05:g} | +5.0 % | USD per LCU-hour |" in row
    assert "`alb_cost`" in row and "`docs/" in row
    assert "- AWSELB 20261130092255, published 2026-11-30" in text
    assert f"{len(SELECTED) - 1} other prices re-read unchanged" in text
    assert "### Prices not read from the offer files" in text
    assert "| `eks.extended_cluster_hour` |" in text and "https://aws.amazon.com/eks/pricing/" in text
    assert all((data / name).read_bytes() == (DATA / name).read_bytes() for name in snapshot(data))  # dry run: nothing written


def test_calculators_and_pages_using_a_key_are_found() -> None:
    assert "lambda_cost" in report.calculators_using("lambda.request_million", ROOT)
    assert "ec2_fleet_cost" in report.calculators_using("ec2.m7g_large_hour", ROOT)
    pages = report.pages_using("lambda.request_million", ["lambda_cost"], ROOT)
    assert pages and all(page.startswith("docs/") and page.endswith(".md") for page in pages)


def test_percent_change() -> None:
    assert report.percent(0.2, 0.25) == "+25.0 %"
    assert report.percent(0.2, 0.18) == "-10.0 %"


# --- The network path and the version cache ----------------------------------------------------------------


class FakeHost:
    """AWS's pricing host, from the fixtures: version indexes, Region indexes and the offer files."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.requests: list[str] = []

    def version(self, offer: str) -> str:
        with (self.directory / f"{offer}.json").open("rb") as stream:
            return read_header(stream, offer)["version"]

    def __call__(self, path: str) -> IO[bytes]:
        self.requests.append(path)
        offer = path.split("/")[4]
        version = self.version(offer)
        base = f"/offers/v1.0/aws/{offer}"
        if path == f"{base}/index.json":
            return io.BytesIO(
                json.dumps(
                    {
                        "formatVersion": "v1.0",
                        "disclaimer": "This pricing list is for informational purposes only.",
                        "publicationDate": "2026-12-04T00:00:00Z",
                        "offerCode": offer,
                        "currentVersion": version,
                        "versions": {
                            "20250101000000": {"offerVersionUrl": f"{base}/20250101000000/index.json"},
                            version: {
                                "versionEffectiveBeginDate": "2026-12-01T00:00:00Z",
                                "versionEffectiveEndDate": "",
                                "offerVersionUrl": f"{base}/{version}/index.json",
                            },
                        },
                    }
                ).encode()
            )
        if path == f"{base}/current/region_index.json":
            regions = {"us-east-1": {"regionCode": "us-east-1", "currentVersionUrl": f"{base}/{version}/us-east-1/index.json"}}
            return io.BytesIO(json.dumps({"formatVersion": "v1.0", "regions": regions}).encode())
        if path in (f"{base}/{version}/us-east-1/index.json", f"{base}/{version}/index.json"):
            return (self.directory / f"{offer}.json").open("rb")
        raise FetchError(f"{path}: 404")

    def offer_files(self) -> list[str]:
        return [path for path in self.requests if path.endswith("/index.json") and path.count("/") > 5]


def test_the_network_path_reads_indexes_then_the_regional_or_global_file(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    host = FakeHost(FIXTURES)
    result = run(facts=CURRENT.values(), data_dir=data, region=REGION, today=TODAY, fetcher=host)
    assert result.status == "refreshed" and len(result.confirmed) == len(SELECTED)
    cloudfront = host.version("AmazonCloudFront")
    assert f"/offers/v1.0/aws/AmazonCloudFront/{cloudfront}/index.json" in host.requests  # the global file
    assert "/offers/v1.0/aws/AmazonCloudFront/current/region_index.json" not in host.requests
    lam = host.version("AWSLambda")
    assert host.requests.count(f"/offers/v1.0/aws/AWSLambda/{lam}/us-east-1/index.json") == 1
    state = json.loads((data / STATE_FILE).read_text(encoding="utf-8"))
    assert state["us-east-1"]["AWSLambda"] == lam


def test_an_unchanged_version_index_stops_early(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_data(tmp_path)
    run(facts=CURRENT.values(), data_dir=data, region=REGION, today=TODAY, fetcher=FakeHost(FIXTURES))
    after_first = snapshot(data)
    host = FakeHost(FIXTURES)
    result = run(facts=facts_in(data), data_dir=data, region=REGION, today=TODAY, fetcher=host)
    assert result.status == "unchanged"
    assert host.offer_files() == [], "an unchanged version must not download the offer file"
    assert all(path.endswith("/index.json") and path.count("/") == 5 for path in host.requests)  # version indexes only
    assert snapshot(data) == after_first
    text = report.summary(result, ROOT)
    assert "No change" in text


def test_a_new_version_of_one_offer_reads_only_that_offer(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    run(facts=CURRENT.values(), data_dir=data, region=REGION, today=TODAY, fetcher=FakeHost(offers))

    def newer(document: dict[str, Any]) -> None:
        document["version"] = "20261204010101"
        document["publicationDate"] = "2026-12-04T01:01:01Z"

    edit_offer(offers, "AmazonSNS", newer)
    host = FakeHost(offers)
    result = run(facts=facts_in(data), data_dir=data, region=REGION, today=TODAY, fetcher=host)
    assert result.status == "refreshed"
    assert host.offer_files() == ["/offers/v1.0/aws/AmazonSNS/20261204010101/us-east-1/index.json"]
    assert "AmazonSNS" not in result.unchanged_offers and len(result.unchanged_offers) == len(host.requests) - 3
    assert host.requests[-2:] == ["/offers/v1.0/aws/AmazonSNS/current/region_index.json", host.offer_files()[0]]
    publish = next(fact for fact in facts_in(data) if fact.key == "sns.publish_million")
    assert publish.provenance is not None and publish.provenance.offer_version == "20261204010101"


def test_from_dir_with_unchanged_files_stops_early(tmp_path: Path) -> None:
    offers, data = copy_fixtures(tmp_path), copy_data(tmp_path)
    run_from(offers, data)
    result = run_from(offers, data, facts=facts_in(data))
    assert result.status == "unchanged" and result.offers == {}


def test_a_region_without_a_prefix_stops_before_fetching(tmp_path: Path) -> None:
    host = FakeHost(FIXTURES)
    with pytest.raises(UpdateStopped, match="1 problem"):
        run(facts=CURRENT.values(), data_dir=copy_data(tmp_path), region="xx-nowhere-1", today=TODAY, fetcher=host)
    assert host.requests == []


# --- check-prices ---------------------------------------------------------------------------------------------


def aged(key: str, unit: str, as_of: date) -> Fact:
    return Fact(key=key, label=key, value=1, unit=unit, as_of=as_of, source="https://aws.amazon.com/")


def test_check_prices_fails_on_a_price_over_180_days_or_a_limit_over_365(capsys: pytest.CaptureFixture[str]) -> None:
    today = date(2027, 6, 1)
    fresh = [aged("a.price", "USD per hour", date(2026, 12, 3)), aged("a.limit", "MB", date(2026, 6, 1))]
    assert check_prices.main(["--today", today.isoformat()], facts=fresh) == 0
    old_price = aged("old.price", "USD per GB", date(2026, 12, 1))  # 182 days
    assert check_prices.main(["--today", today.isoformat()], facts=[*fresh, old_price]) == 1
    old_limit = aged("old.limit", "requests", date(2026, 5, 31))  # 366 days
    assert check_prices.main(["--today", today.isoformat()], facts=[*fresh, old_limit]) == 1
    out = capsys.readouterr().out
    assert "old.price" in out and "182 days old (allowed 180)" in out and "old.limit" in out


def test_check_prices_passes_on_the_data_as_dated_today() -> None:
    """With a fixed today, not the calendar: `make test` never fails because time moved."""
    newest = max(fact.as_of for fact in CURRENT.values())
    assert check_prices.stale(CURRENT.values(), newest) == []


def test_make_test_does_not_run_check_prices() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_target = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "check-prices" not in test_target and "check_prices" not in test_target
    assert "\nupdate-prices:" in makefile and "tools/update_prices.py --region $(REGION)" in makefile
