"""Amazon API Gateway: request prices and the quotas that shape an API's design."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

REST_FIRST_333M = Fact(
    key="apigw.rest_first_333m",
    label="API Gateway REST, first 333 million",
    value=3.5,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=0,
    tier_end=333_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
    note=(
        "AWS whitepaper 'Best Practices for Designing Amazon API Gateway Private APIs and Private "
        "Integration', Table 4: REST first 333 million 3.50, next 667 million 2.80, next 19 billion 2.38, "
        "over 20 billion 1.51 USD per million."
    ),
)

REST_NEXT_667M = Fact(
    key="apigw.rest_next_667m",
    label="API Gateway REST, next 667 million",
    value=2.8,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=333_000_000,
    tier_end=1_000_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
)

REST_NEXT_19B = Fact(
    key="apigw.rest_next_19b",
    label="API Gateway REST, next 19 billion",
    value=2.38,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=1_000_000_000,
    tier_end=20_000_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
)

REST_OVER_20B = Fact(
    key="apigw.rest_over_20b",
    label="API Gateway REST, over 20 billion",
    value=1.51,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=20_000_000_000,
    tier_end=None,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
)

HTTP_FIRST_300M = Fact(
    key="apigw.http_first_300m",
    label="API Gateway HTTP API, first 300 million",
    value=1,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=0,
    tier_end=300_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayHttpRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
    note="us-east-1: first 300 million 1.00, over 300 million 0.90 USD per million; HTTP APIs are metered in 512 KB increments.",
)

HTTP_OVER_300M = Fact(
    key="apigw.http_over_300m",
    label="API Gateway HTTP API, over 300 million",
    value=0.9,
    unit="USD per million requests",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html"
    ),
    evidence="aws",
    tier_begin=300_000_000,
    tier_end=None,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayHttpRequest",
        unit="Requests",
        product_family="API Calls",
        per=1_000_000,
    ),
)

WEBSOCKET_MESSAGE_MILLION = Fact(
    key="apigw.websocket_message_million",
    label="API Gateway WebSocket messages, first billion",
    value=1,
    unit="USD per million messages",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/api-gateway/pricing/",
    evidence="third-party",
    note="Metered in 32 KB increments.",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayMessage",
        unit="Messages",
        product_family="WebSocket",
        per=1_000_000,
    ),
)

WEBSOCKET_CONNECTION_MINUTE_MILLION = Fact(
    key="apigw.websocket_connection_minute_million",
    label="API Gateway WebSocket connection time",
    value=0.25,
    unit="USD per million connection-minutes",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/api-gateway/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv (a whole real regional
    # file).
    price_list=PriceList(
        offer="AmazonApiGateway",
        usage_type="ApiGatewayMinute",
        unit="minutes",
        product_family="WebSocket",
        per=1_000_000,
    ),
)

ACCOUNT_RPS = Fact(
    key="apigw.account_rps",
    label="API Gateway account throttle (steady)",
    value=10_000,
    unit="requests/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    evidence="aws",
)

ACCOUNT_BURST = Fact(
    key="apigw.account_burst",
    label="API Gateway account burst",
    value=5000,
    unit="requests",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    evidence="aws",
)

TIMEOUT_S = Fact(
    key="apigw.timeout_s",
    label="API Gateway REST integration timeout (default)",
    value=29,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    evidence="aws",
    note="Regional and private REST APIs can raise it through a quota request since 2024-06.",
)

HTTP_TIMEOUT_S = Fact(
    key="apigw.http_timeout_s",
    label="API Gateway HTTP API integration timeout (maximum)",
    value=30,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html",
    evidence="aws",
)

MAX_PAYLOAD_MB = Fact(
    key="apigw.max_payload_mb",
    label="API Gateway request payload, REST and HTTP APIs",
    value=10,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    evidence="recalled",
)

WEBSOCKET_NEW_CONNECTIONS_PER_S = Fact(
    key="apigw.websocket_new_connections_per_s",
    label="API Gateway WebSocket new connections per account and Region",
    value=500,
    unit="connections/s",
    as_of=date(2026, 11, 1),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
    note="Adjustable. There is no quota on concurrent connections.",
)

WEBSOCKET_MAX_CONNECTION_H = Fact(
    key="apigw.websocket_max_connection_h",
    label="API Gateway WebSocket maximum connection duration",
    value=2,
    unit="hours",
    as_of=date(2026, 11, 1),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
)

WEBSOCKET_IDLE_TIMEOUT_MIN = Fact(
    key="apigw.websocket_idle_timeout_min",
    label="API Gateway WebSocket idle connection timeout",
    value=10,
    unit="minutes",
    as_of=date(2026, 11, 1),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
)

WEBSOCKET_MESSAGE_KB = Fact(
    key="apigw.websocket_message_kb",
    label="API Gateway WebSocket message size",
    value=128,
    unit="KB",
    as_of=date(2026, 11, 1),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
)

WEBSOCKET_FRAME_KB = Fact(
    key="apigw.websocket_frame_kb",
    label="API Gateway WebSocket frame size",
    value=32,
    unit="KB",
    as_of=date(2026, 11, 1),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
)

STREAM_MAX_DURATION_MIN = Fact(
    key="apigw.stream_max_duration_min",
    label="API Gateway REST response streaming, longest stream",
    value=15,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html",
    evidence="aws",
    note=(
        "REST APIs only, HTTP_PROXY and AWS_PROXY integrations with responseTransferMode STREAM; the "
        "integration timeout can be set up to 15 minutes when streaming. No caching, content encoding or VTL "
        "response mapping; beyond the first 10 MB a stream is limited to 2 MB/s; streaming is charged "
        "separately."
    ),
)

STREAM_IDLE_TIMEOUT_REGIONAL_MIN = Fact(
    key="apigw.stream_idle_timeout_regional_min",
    label="API Gateway REST response streaming, idle timeout (Regional and private endpoints)",
    value=5,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html",
    evidence="aws",
    note="Edge-optimized endpoints: 30 seconds.",
)

WEBSOCKET_CONCURRENT_AT_DEFAULT_RATE = Fact(
    key="apigw.websocket_concurrent_at_default_rate",
    label="API Gateway WebSocket concurrent connections reachable at the default new-connection rate",
    value=3_600_000,
    unit="concurrent connections",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
    ),
    evidence="aws",
    note=(
        "AWS's own footnote to the quota table: no quota on concurrent connections, but the maximum follows "
        "from the new-connection rate and the two-hour connection duration; at the default 500 new "
        "connections a second, at most 3,600,000 concurrent connections."
    ),
)
