"""docs/snippets/dynamodb/*.py run against moto and do what the DynamoDB page says they do."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import boto3
import pytest
from botocore.exceptions import ClientError

from tests.snippets.samples import SNIPPETS, load_module, samples

TOPIC = "dynamodb"
TESTED = {"table_operations.py", "single_table.py", "write_sharding.py"}


def test_collected_dynamodb_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/dynamodb"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


@pytest.mark.usefixtures("aws")
class TestTableOperations:
    def test_key_schema_is_declared_and_full_key_round_trips(self) -> None:
        ops = load_module(SNIPPETS / TOPIC / "table_operations.py")
        table = ops.create_events_table(boto3.resource("dynamodb"), "events")
        assert table.key_schema == [
            {"AttributeName": "user_id", "KeyType": "HASH"},
            {"AttributeName": "created_at", "KeyType": "RANGE"},
        ]
        ops.put_event(table, "u1", 1_700_000_000, "a@example.com", {"plan": "pro"})
        item = ops.get_event(table, "u1", 1_700_000_000)
        assert item is not None
        assert item["email"] == "a@example.com"
        assert item["status"] == "pending"
        assert item["profile"] == {"plan": "pro"}
        assert ops.get_event(table, "u1", 1) is None

    def test_partition_key_alone_is_rejected(self) -> None:
        """Seed erratum 29: GetItem with only the partition key of a composite-key table fails."""
        ops = load_module(SNIPPETS / TOPIC / "table_operations.py")
        table = ops.create_events_table(boto3.resource("dynamodb"), "events")
        with pytest.raises(ClientError, match="ValidationException"):
            table.get_item(Key={"user_id": "u1"})

    def test_query_range_follows_pagination(self) -> None:
        ops = load_module(SNIPPETS / TOPIC / "table_operations.py")
        table = ops.create_events_table(boto3.resource("dynamodb"), "events")
        blob = "x" * 300_000  # four of these exceed one Query page (1 MB)
        for offset in range(6):
            ops.put_event(table, "u1", 1000 + offset, "a@example.com", {"blob": blob})
        ops.put_event(table, "u2", 1002, "b@example.com", {})
        one_page = table.query(KeyConditionExpression="user_id = :u", ExpressionAttributeValues={":u": "u1"})
        assert "LastEvaluatedKey" in one_page, "the test data should need more than one page"
        found = ops.events_between(table, "u1", 1001, 1004)
        assert [int(item["created_at"]) for item in found] == [1001, 1002, 1003, 1004]

    def test_conditional_update_rejects_a_stale_write(self) -> None:
        ops = load_module(SNIPPETS / TOPIC / "table_operations.py")
        table = ops.create_events_table(boto3.resource("dynamodb"), "events")
        ops.put_event(table, "u1", 1000, "a@example.com", {})
        assert ops.activate_event(table, "u1", 1000) is True
        assert ops.get_event(table, "u1", 1000)["status"] == "active"
        # A second writer that still believes the item is pending loses.
        assert ops.activate_event(table, "u1", 1000) is False
        # The condition also stops the update from creating an item that never existed.
        assert ops.activate_event(table, "u1", 9999) is False
        assert ops.get_event(table, "u1", 9999) is None

    def test_other_errors_are_not_swallowed(self) -> None:
        ops = load_module(SNIPPETS / TOPIC / "table_operations.py")
        ops.create_events_table(boto3.resource("dynamodb"), "events")
        missing = boto3.resource("dynamodb").Table("no-such-table")
        with pytest.raises(ClientError, match="ResourceNotFoundException"):
            ops.activate_event(missing, "u1", 1000)


@pytest.mark.usefixtures("aws")
class TestSingleTable:
    def test_items_are_distinct(self) -> None:
        """Seed erratum 27: one dict literal with repeated PK/SK keys kept only the last pair."""
        design = load_module(SNIPPETS / TOPIC / "single_table.py")
        keys = [(item["PK"], item["SK"]) for item in design.ITEMS]
        assert len(keys) == len(set(keys)) == 5
        assert {item["type"] for item in design.ITEMS} == {"user", "order_summary", "order"}

    def test_access_patterns(self) -> None:
        design = load_module(SNIPPETS / TOPIC / "single_table.py")
        table = design.create_table(boto3.resource("dynamodb"), "app")
        design.load_items(table)
        assert table.scan()["Count"] == 5

        user = design.get_user(table, "123")
        assert user is not None
        assert user["name"] == "Alice"
        assert design.get_user(table, "999") is None

        orders = design.get_user_orders(table, "123")
        assert [order["order_id"] for order in orders] == ["456", "789"]  # sorted by SK, so by date
        assert all(order["type"] == "order_summary" for order in orders)

        order = design.get_order(table, "456")
        assert order is not None
        assert order["status"] == "shipped"

        shipped = design.orders_with_status(table, "shipped")
        assert [item["order_id"] for item in shipped] == ["456"]
        assert [item["order_id"] for item in design.orders_with_status(table, "pending")] == ["789"]


def _sharded_table() -> object:
    dynamodb = boto3.resource("dynamodb")
    table = dynamodb.create_table(
        TableName="votes",
        KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": "PK", "AttributeType": "S"}, {"AttributeName": "SK", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    table.wait_until_exists()
    return table


class TestWriteSharding:
    def test_random_suffix_stays_in_range(self) -> None:
        sharding = load_module(SNIPPETS / TOPIC / "write_sharding.py")
        keys = {sharding.random_shard_key("CANDIDATE#a") for _ in range(500)}
        assert keys <= {f"CANDIDATE#a#{shard}" for shard in range(sharding.SHARDS)}
        assert len(keys) > 1

    def test_calculated_suffix_is_stable_and_spreads(self) -> None:
        sharding = load_module(SNIPPETS / TOPIC / "write_sharding.py")
        assert sharding.calculated_shard_key("K", "item-1") == sharding.calculated_shard_key("K", "item-1")
        spread = Counter(sharding.calculated_shard_key("K", f"voter-{n}") for n in range(1000))
        assert set(spread) == {f"K#{shard}" for shard in range(sharding.SHARDS)}
        assert max(spread.values()) < 2 * 1000 / sharding.SHARDS  # roughly even

    def test_time_bucket_does_not_spread_current_writes(self) -> None:
        """Seed erratum 28: user_id#YYYY-MM puts every write of this month on one key."""
        sharding = load_module(SNIPPETS / TOPIC / "write_sharding.py")
        days = [datetime(2026, 3, day, tzinfo=UTC) for day in range(1, 29)]
        assert {sharding.month_bucket_key("u1", day) for day in days} == {"u1#2026-03"}
        assert sharding.month_bucket_key("u1", datetime(2026, 4, 1, tzinfo=UTC)) == "u1#2026-04"
        assert sharding.month_bucket_key("u1").startswith("u1#20")

    @pytest.mark.usefixtures("aws")
    def test_scatter_gather_reads_every_shard(self) -> None:
        sharding = load_module(SNIPPETS / TOPIC / "write_sharding.py")
        table = _sharded_table()
        voters = [f"voter-{n}" for n in range(60)]
        for voter in voters:
            sharding.record_vote(table, "alice", voter)
        items = sharding.read_all_shards(table, "CANDIDATE#alice")
        assert sorted(item["SK"] for item in items) == sorted(f"VOTE#{voter}" for voter in voters)
        assert len({item["PK"] for item in items}) > 1
