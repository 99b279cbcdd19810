"""docs/snippets/interview/*.py: the Black Friday cart samples against a moto DynamoDB table."""

from __future__ import annotations

import time
from typing import Any

import boto3
import pytest

from tests.snippets.samples import SNIPPETS, load_module, samples

TOPIC = "interview"
TESTED = {"cart_operations.py", "reserve_stock.py"}


def test_collected_interview_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/interview"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


def _table(name: str) -> Any:
    table = boto3.resource("dynamodb").create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": "PK", "AttributeType": "S"}, {"AttributeName": "SK", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    table.wait_until_exists()
    return table


@pytest.mark.usefixtures("aws")
class TestCart:
    def test_add_get_remove(self) -> None:
        cart = load_module(SNIPPETS / TOPIC / "cart_operations.py")
        table = _table("ShoppingCarts")
        assert cart.add_to_cart(table, "c1", "sku-1", 2) == 2
        assert cart.add_to_cart(table, "c1", "sku-1", 3) == 5  # ADD accumulates atomically
        assert cart.add_to_cart(table, "c1", "sku-2", 1) == 1
        assert cart.add_to_cart(table, "c2", "sku-1", 7) == 7

        lines = cart.get_cart(table, "c1")
        assert {line["SK"]: int(line["quantity"]) for line in lines} == {"ITEM#sku-1": 5, "ITEM#sku-2": 1}
        expires = int(lines[0]["expires_at"])
        assert time.time() + cart.CART_TTL_SECONDS - 60 < expires <= time.time() + cart.CART_TTL_SECONDS

        cart.remove_from_cart(table, "c1", "sku-1")
        cart.remove_from_cart(table, "c1", "sku-404")  # not an error
        assert [line["SK"] for line in cart.get_cart(table, "c1")] == ["ITEM#sku-2"]
        assert cart.get_cart(table, "c-empty") == []


@pytest.mark.usefixtures("aws")
class TestReserveStock:
    def test_never_oversells(self) -> None:
        reserve = load_module(SNIPPETS / TOPIC / "reserve_stock.py")
        table = _table("Inventory")
        pools, per_pool = 4, 5
        for pool in range(pools):
            table.put_item(Item={"PK": f"SKU#tv#POOL#{pool}", "SK": "STOCK", "stock": per_pool})

        used = []
        while (pool := reserve.reserve(table, "tv", 2, pools)) is not None:
            used.append(pool)
        assert len(used) == pools * (per_pool // 2)  # two units each until every pool has one left
        remaining = [int(table.get_item(Key=reserve.pool_key("tv", p))["Item"]["stock"]) for p in range(pools)]
        assert remaining == [1] * pools
        assert all(stock >= 0 for stock in remaining)

        assert reserve.reserve(table, "tv", 1, pools) in range(pools)  # single units still fit
        assert reserve.reserve(table, "tv", 5, pools) is None

    def test_each_pool_has_its_own_partition_key(self) -> None:
        reserve = load_module(SNIPPETS / TOPIC / "reserve_stock.py")
        keys = {reserve.pool_key("tv", pool)["PK"] for pool in range(8)}
        assert keys == {f"SKU#tv#POOL#{pool}" for pool in range(8)}  # eight partition keys, not one

    def test_unknown_sku_is_refused(self) -> None:
        reserve = load_module(SNIPPETS / TOPIC / "reserve_stock.py")
        table = _table("Inventory")
        assert reserve.reserve(table, "nothing", 1, 3) is None
        assert table.scan()["Count"] == 0  # the failed conditions created no items
