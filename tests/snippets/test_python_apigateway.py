"""docs/snippets/apigateway/*.py: the token bucket on a fake clock, the usage-plan calls against the API model.

moto's API Gateway backend needs openapi-spec-validator, which the pinned moto extras do not include, so
the boto3 calls are checked with botocore's Stubber: it validates every parameter against the service
model shipped with botocore, offline.
"""

from __future__ import annotations

import boto3
import pytest
from botocore.stub import Stubber

from tests.snippets.samples import REGION, SNIPPETS, load_module, samples

TOPIC = "apigateway"
TESTED = {"token_bucket.py", "usage_plan.py"}


def test_collected_apigateway_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/apigateway"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TestTokenBucket:
    def test_burst_then_rate(self) -> None:
        bucket_module = load_module(SNIPPETS / TOPIC / "token_bucket.py")
        clock = FakeClock()
        bucket = bucket_module.TokenBucket(rate=10, burst=5, clock=clock)
        assert [bucket.allow() for _ in range(6)] == [True] * 5 + [False]  # an idle client may burst
        assert bucket.retry_after_s() == pytest.approx(0.1)
        clock.now += 0.1
        assert bucket.allow() is True
        assert bucket.allow() is False
        clock.now += 1.0  # one second refills rate tokens
        assert sum(bucket.allow() for _ in range(20)) == 5  # but never beyond the burst size

    def test_sustained_rate(self) -> None:
        bucket_module = load_module(SNIPPETS / TOPIC / "token_bucket.py")
        clock = FakeClock()
        bucket = bucket_module.TokenBucket(rate=100, burst=50, clock=clock)
        accepted = 0
        for _ in range(10_000):  # 10 s of a client asking 1,000 times a second
            accepted += bucket.allow()
            clock.now += 0.001
        assert accepted == pytest.approx(50 + 100 * 10, abs=2)

    @pytest.mark.parametrize(("rate", "burst"), [(0, 5), (-1, 5), (10, 0)])
    def test_rejects_nonsense(self, rate: float, burst: int) -> None:
        bucket_module = load_module(SNIPPETS / TOPIC / "token_bucket.py")
        with pytest.raises(ValueError, match="rate must be positive"):
            bucket_module.TokenBucket(rate=rate, burst=burst)


class TestUsagePlan:
    def test_stage_throttle_request(self) -> None:
        plan_module = load_module(SNIPPETS / TOPIC / "usage_plan.py")
        apigw = boto3.client("apigateway", region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x")
        with Stubber(apigw) as stub:
            stub.add_response(
                "update_stage",
                {"stageName": "prod"},
                {
                    "restApiId": "a1b2c3",
                    "stageName": "prod",
                    "patchOperations": [
                        {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": "500.0"},
                        {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": "1000"},
                    ],
                },
            )
            plan_module.set_stage_throttle(apigw, "a1b2c3", "prod", 500.0, 1000)
            stub.assert_no_pending_responses()

    def test_client_plan_requests(self) -> None:
        plan_module = load_module(SNIPPETS / TOPIC / "usage_plan.py")
        apigw = boto3.client("apigateway", region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x")
        with Stubber(apigw) as stub:
            stub.add_response(
                "create_usage_plan",
                {"id": "plan-1", "name": "acme-plan"},
                {
                    "name": "acme-plan",
                    "apiStages": [{"apiId": "a1b2c3", "stage": "prod"}],
                    "throttle": {"rateLimit": 50.0, "burstLimit": 100},
                    "quota": {"limit": 1_000_000, "period": "MONTH"},
                },
            )
            stub.add_response(
                "create_api_key",
                {"id": "key-1", "value": "secret-value", "enabled": True},
                {"name": "acme-key", "enabled": True},
            )
            stub.add_response(
                "create_usage_plan_key",
                {"id": "key-1", "type": "API_KEY"},
                {"usagePlanId": "plan-1", "keyId": "key-1", "keyType": "API_KEY"},
            )
            result = plan_module.create_client_plan(
                apigw, "a1b2c3", "prod", "acme", rate_per_s=50.0, burst=100, monthly_quota=1_000_000
            )
            stub.assert_no_pending_responses()
        assert result == {"usage_plan_id": "plan-1", "api_key_id": "key-1", "api_key_value": "secret-value"}
