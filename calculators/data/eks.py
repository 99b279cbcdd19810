"""Amazon EKS: control-plane prices and the pod-density rules of the VPC CNI."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

CLUSTER_HOUR = Fact(
    key="eks.cluster_hour",
    label="EKS cluster, standard support",
    value=0.1,
    unit="USD per cluster-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/eks/pricing/",
    evidence="aws",
    # Selector: USE1-AmazonEKS-Hours:perCluster in AmazonEKS/us-east-1 (cost notes found by code search); unit Hrs not seen in
    # a file.
    price_list=PriceList(
        offer="AmazonEKS",
        usage_type="AmazonEKS-Hours:perCluster",
        unit="Hrs",
        product_family="Compute",
    ),
)

EXTENDED_CLUSTER_HOUR = Fact(
    key="eks.extended_cluster_hour",
    label="EKS cluster, extended support",
    value=0.6,
    unit="USD per cluster-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/eks/pricing/",
    evidence="aws",
    note="Extended-support pricing since 2024-04-01.",
)

PREFIX_DELEGATION_CAP_SMALL = Fact(
    key="eks.prefix_delegation_cap_small",
    label="EKS max pods with prefix delegation, under 30 vCPUs",
    value=110,
    unit="pods",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html",
    evidence="aws",
    note=(
        "EKS user guide, 'How maxPods is determined': managed node groups without a custom AMI cap maxPods at"
        " 110 for instances with less than 30 vCPUs and 250 above; the max-pods calculator script recommends "
        "the same."
    ),
)

PREFIX_DELEGATION_CAP_LARGE = Fact(
    key="eks.prefix_delegation_cap_large",
    label="EKS max pods with prefix delegation, 30 vCPUs or more",
    value=250,
    unit="pods",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html",
    evidence="aws",
    note=(
        "EKS user guide: cap of 250 pods for instances with more than 30 vCPUs (managed node groups without a"
        " custom AMI). 250 is above the upstream kubelet default and tested figure of 110 pods per node."
    ),
)

KUBE_RESERVED_MIB_PER_POD = Fact(
    key="eks.kube_reserved_mib_per_pod",
    label="EKS kube-reserved memory per pod",
    value=11,
    unit="MiB",
    as_of=date(2026, 11, 1),
    source="https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/eni-max-pods.txt",
    evidence="aws",
)

KUBE_RESERVED_BASE_MIB = Fact(
    key="eks.kube_reserved_base_mib",
    label="EKS kube-reserved memory base",
    value=255,
    unit="MiB",
    as_of=date(2026, 11, 1),
    source="https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/eni-max-pods.txt",
    evidence="aws",
)

PREFIX_ADDRESSES = Fact(
    key="eks.prefix_addresses",
    label="Addresses in one delegated prefix (/28) with VPC CNI prefix delegation",
    value=16,
    unit="addresses",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html",
    evidence="aws",
    note="EKS user guide: prefix assignment needs contiguous /28 blocks for IPv4; a /28 holds 16 addresses.",
)

PREFIX_DELEGATION_CAP_VCPUS = Fact(
    key="eks.prefix_delegation_cap_vcpus",
    label="EKS max-pods ceiling switches from 110 to 250 pods at",
    value=30,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html",
    evidence="aws",
    note="EKS user guide words the split as 'less than 30 vCPUs' (110) and 'greater than 30 vCPUs' (250).",
)

KARPENTER_DEFAULT_BUDGET_PERCENT = Fact(
    key="karpenter.default_budget_percent",
    label="Karpenter NodePool disruption budget when none is set",
    value=10,
    unit="percent",
    as_of=date(2026, 12, 4),
    source="https://karpenter.sh/docs/concepts/disruption/",
    evidence="aws",
    note=(
        "'If undefined, Karpenter will default to one budget with nodes: 10%.' Budgets limit drift, emptiness "
        "and consolidation, not expiration. Karpenter is a Kubernetes SIG Autoscaling project whose AWS "
        "provider docs live at karpenter.sh (repo aws/karpenter-provider-aws, website/content/en/docs/concepts/disruption.md)."
    ),
)

KARPENTER_EXPIRE_AFTER_DEFAULT_H = Fact(
    key="karpenter.expire_after_default_h",
    label="Karpenter NodeClaim expireAfter default (node lifetime before forced replacement)",
    value=720,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://karpenter.sh/docs/concepts/disruption/",
    evidence="aws",
    note="'By default, expireAfter is set to 720h (30 days).' Expiration is forceful and ignores NodePool budgets.",
)
