"""Rate limiting on an API Gateway REST API: stage-wide throttling and per-client usage plans.

Limits apply in layers, and the tightest one wins: the account's Regional throttle (shared by all
REST, HTTP and WebSocket APIs in the account and Region), then stage or method throttling, then the
usage plan of the API key a client presents. Throttled requests get HTTP 429 Too Many Requests.
Usage-plan throttles and quotas are applied on a best-effort basis: they protect a backend from a
noisy client, they are not a billing cap or an access-control mechanism.
"""

from __future__ import annotations

from typing import Any


def set_stage_throttle(apigw: Any, rest_api_id: str, stage_name: str, rate_per_s: float, burst: int) -> None:
    """Default throttle for every method on the stage. ``apigw`` is ``boto3.client("apigateway")``."""
    apigw.update_stage(
        restApiId=rest_api_id,
        stageName=stage_name,
        patchOperations=[
            {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": str(rate_per_s)},
            {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": str(burst)},
        ],
    )


def create_client_plan(
    apigw: Any,
    rest_api_id: str,
    stage_name: str,
    client_name: str,
    rate_per_s: float = 1000.0,
    burst: int = 2000,
    monthly_quota: int = 10_000_000,
) -> dict[str, str]:
    """A usage plan with a token-bucket throttle and a monthly quota, plus an API key bound to it.

    Methods only enforce the key (and so the plan) when created with apiKeyRequired=True; clients
    send the key in the x-api-key header.
    """
    plan = apigw.create_usage_plan(
        name=f"{client_name}-plan",
        apiStages=[{"apiId": rest_api_id, "stage": stage_name}],
        throttle={"rateLimit": rate_per_s, "burstLimit": burst},
        quota={"limit": monthly_quota, "period": "MONTH"},
    )
    key = apigw.create_api_key(name=f"{client_name}-key", enabled=True)
    apigw.create_usage_plan_key(usagePlanId=plan["id"], keyId=key["id"], keyType="API_KEY")
    return {"usage_plan_id": plan["id"], "api_key_id": key["id"], "api_key_value": key["value"]}
