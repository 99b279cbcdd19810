"""EKS max pods per node with the Amazon VPC CNI, and the memory the EKS AMI reserves for Kubernetes.

Secondary IPs: each ENI on network card 0 keeps its primary address for the node and gives every other
address to a pod, and two host-network pods (aws-node, kube-proxy) need none: ENIs × (IPv4 per ENI − 1) + 2.
Prefix delegation: each secondary slot holds a /28 prefix of 16 addresses, so ENIs × (IPv4 per ENI − 1) × 16
+ 2, which AWS's max-pods calculator caps at 110 pods below 30 vCPUs and 250 from 30 vCPUs up.
kube-reserved memory on the EKS AMI is 11 MiB per pod + 255 MiB. ENI and address counts per instance type
come from the EC2 documentation (``aws ec2 describe-instance-types``). Sources:
https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/eni-max-pods.txt and
https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html (facts sheet K8-2 to K8-5).
"""

from __future__ import annotations

from calculators._core import Boolean, Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "eks_max_pods"
TITLE = "EKS max pods per node"
SUMMARY = "Pods an EKS node can run with the VPC CNI (with or without prefix delegation), and its kube-reserved memory."
QUESTION = "size"

HOST_NETWORK_PODS = 2
"""aws-node and kube-proxy use the node's own address, so they cost no pod IP."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="enis",
        label="ENIs",
        unit="interfaces",
        default=3,
        minimum=1,
        maximum=100,
        integer=True,
        help="Maximum network interfaces of the instance type (network card 0); m5.large has 3.",
    ),
    Number(
        name="ipv4_per_eni",
        label="IPv4 addresses per ENI",
        unit="addresses",
        default=10,
        minimum=1,
        maximum=100,
        integer=True,
        help="IPv4 addresses each interface can hold; m5.large has 10.",
    ),
    Boolean(
        name="prefix_delegation",
        label="Prefix delegation",
        default=False,
        help=(
            "ENABLE_PREFIX_DELEGATION=true: each address slot holds a /28 prefix of "
            f"{CURRENT.value('eks.prefix_addresses'):g} addresses (Nitro instances)."
        ),
    ),
    Number(
        name="vcpus",
        label="vCPUs",
        unit="vCPUs",
        default=2,
        minimum=1,
        maximum=1024,
        integer=True,
        help=(
            "vCPUs of the instance type; with prefix delegation it sets the "
            f"{CURRENT.value('eks.prefix_delegation_cap_small'):g} or "
            f"{CURRENT.value('eks.prefix_delegation_cap_large'):g} pod ceiling."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Count pod addresses, apply the prefix-delegation ceiling, then size kube-reserved memory."""
    enis = int(values["enis"])
    per_eni = int(values["ipv4_per_eni"])
    prefix_delegation = bool(values["prefix_delegation"])
    vcpus = int(values["vcpus"])

    slots = enis * (per_eni - 1)
    addresses_per_slot = int(facts.value("eks.prefix_addresses")) if prefix_delegation else 1
    uncapped = slots * addresses_per_slot + HOST_NETWORK_PODS
    steps = [
        Step("Pod address slots", f"{enis} ENIs × ({per_eni} − 1 primary)", slots, "slots"),
        Step(
            "Pod addresses",
            f"slots × {addresses_per_slot} + {HOST_NETWORK_PODS} host-network pods",
            uncapped,
            "pods",
            facts=("eks.prefix_addresses",) if prefix_delegation else (),
        ),
    ]
    notes = []
    if prefix_delegation:
        threshold = facts.value("eks.prefix_delegation_cap_vcpus")
        large = vcpus >= threshold
        cap_key = "eks.prefix_delegation_cap_large" if large else "eks.prefix_delegation_cap_small"
        ceiling = int(facts.value(cap_key))
        max_pods = min(uncapped, ceiling)
        which = f"{format_value(threshold)} or more" if large else f"under {format_value(threshold)}"
        steps.append(
            Step(
                "Max pods",
                f"min(addresses, {ceiling} for {which} vCPUs)",
                max_pods,
                "pods",
                facts=(cap_key, "eks.prefix_delegation_cap_vcpus"),
            )
        )
        notes.append("Prefix delegation needs a Nitro instance and free contiguous /28 blocks in the subnet.")
    else:
        max_pods = uncapped
        steps.append(Step("Max pods", "pod addresses (no ceiling without prefix delegation)", max_pods, "pods"))
        if max_pods > facts.value("k8s.max_pods_per_node"):
            notes.append(
                f"Above {format_value(facts.value('k8s.max_pods_per_node'))} pods per node, the Kubernetes default and "
                "tested limit: check kubelet --max-pods."
            )
    reserved = int(facts.value("eks.kube_reserved_mib_per_pod") * max_pods + facts.value("eks.kube_reserved_base_mib"))
    steps.append(
        Step(
            "kube-reserved memory",
            f"{format_value(facts.value('eks.kube_reserved_mib_per_pod'))} MiB × max pods + "
            f"{format_value(facts.value('eks.kube_reserved_base_mib'))} MiB",
            reserved,
            "MiB",
            facts=("eks.kube_reserved_mib_per_pod", "eks.kube_reserved_base_mib"),
        )
    )
    return Result(
        outputs=(
            Output("max_pods", "Max pods", max_pods, "pods"),
            Output("kube_reserved_memory_mib", "kube-reserved memory", reserved, "MiB"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )
