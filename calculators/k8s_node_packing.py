"""Kubernetes nodes needed for identical pods, by CPU requests, memory requests and the pods-per-node cap.

The scheduler places pods by their requests against each node's allocatable capacity. Allocatable is
modeled as node capacity less ``system_reserved_percent`` (standing in for kube-reserved, system-reserved
and eviction thresholds). DaemonSets run one pod on every node, so their pods take slots of the pod cap and
their requests come out of every node's allocatable CPU and memory before the workload's pods. A node then
fits floor(what is left ÷ request) pods by CPU and by memory, and at most ``max_pods_per_node`` less the
DaemonSet pods (110 is the kubelet default; on EKS the VPC CNI may allow fewer, see the ``eks_max_pods``
calculator). Nodes = ceil(pods ÷ the smallest of the three fits), which equals the largest of the CPU-,
memory- and pod-count-bound node counts. Limits and requests beyond CPU and memory (GPUs,
ephemeral storage), topology spread and spare capacity for rolling updates or node failure are not modeled.
Source: https://kubernetes.io/docs/setup/best-practices/cluster-large/ (facts sheet K8-8).
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import MIB_PER_GIB, MILLICORES_PER_VCPU, PERCENT

NAME = "k8s_node_packing"
TITLE = "Kubernetes node packing"
SUMMARY = "Nodes needed for a set of identical pods, and whether CPU, memory or the pod cap binds."
QUESTION = "size"

ROUNDING_SLACK = 1e-9
"""Lets 3,600 ÷ 400 count as 9 pods even when floating point gives 8.999999999."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="pods",
        label="Pods",
        unit="pods",
        default=100,
        minimum=1,
        maximum=CURRENT.value("k8s.max_pods_per_cluster"),
        integer=True,
        maximum_reason="Kubernetes' tested limit per cluster",
        help="Replicas to place, all with the same requests.",
    ),
    Number(
        name="pod_cpu_millicores",
        label="CPU request per pod",
        unit="millicores",
        default=500,
        minimum=1,
        minimum_reason="Kubernetes' smallest CPU unit, 1m",
        maximum=1e6,
        help="resources.requests.cpu; 500m = half a vCPU.",
    ),
    Number(
        name="pod_memory_mib",
        label="Memory request per pod",
        unit="MiB",
        default=1024,
        minimum=1,
        maximum=1e7,
        help="resources.requests.memory; 1Gi = 1,024 MiB.",
    ),
    Number(
        name="node_vcpus",
        label="vCPUs per node",
        unit="vCPUs",
        default=4,
        minimum=1,
        maximum=1024,
        integer=True,
        help="The instance type's vCPUs, e.g. 4 for m7g.xlarge.",
    ),
    Number(
        name="node_memory_gib",
        label="Memory per node",
        unit="GiB",
        default=16,
        minimum=0,
        exclusive_minimum=True,
        maximum=32_768,
        help="The instance type's memory, e.g. 16 GiB for m7g.xlarge.",
    ),
    Number(
        name="max_pods_per_node",
        label="Max pods per node",
        unit="pods",
        default=int(CURRENT.value("k8s.max_pods_per_node")),
        minimum=1,
        maximum=1000,
        integer=True,
        help=f"kubelet --max-pods; {CURRENT.value('k8s.max_pods_per_node'):g} by default, lower on small EKS nodes.",
    ),
    Number(
        name="system_reserved_percent",
        label="Reserved for the system",
        unit="percent",
        default=10,
        minimum=0,
        maximum=90,
        help="Share of CPU and memory the node keeps for the kubelet, the OS and eviction thresholds.",
    ),
    Number(
        name="daemonset_pods_per_node",
        label="DaemonSet pods per node",
        unit="pods",
        default=3,
        minimum=0,
        maximum=100,
        integer=True,
        help="Pods every node runs for the platform: on EKS at least the VPC CNI and kube-proxy, often a log or metrics agent.",
    ),
    Number(
        name="daemonset_cpu_millicores",
        label="DaemonSet CPU requests per node",
        unit="millicores",
        default=200,
        minimum=0,
        maximum=1e6,
        help="Sum of the CPU requests of the DaemonSet pods on one node.",
    ),
    Number(
        name="daemonset_memory_mib",
        label="DaemonSet memory requests per node",
        unit="MiB",
        default=256,
        minimum=0,
        maximum=1e8,
        help="Sum of the memory requests of the DaemonSet pods on one node.",
    ),
)


def _fits(capacity: float, request: float) -> int:
    return math.floor(capacity / request + ROUNDING_SLACK)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Pods per node by each resource, the binding one, then nodes for all pods."""
    pods = int(values["pods"])
    cpu_request = float(values["pod_cpu_millicores"])
    memory_request = float(values["pod_memory_mib"])
    vcpus = int(values["node_vcpus"])
    memory_gib = float(values["node_memory_gib"])
    max_pods = int(values["max_pods_per_node"])
    reserved = float(values["system_reserved_percent"])
    ds_pods = int(values["daemonset_pods_per_node"])
    ds_cpu = float(values["daemonset_cpu_millicores"])
    ds_memory = float(values["daemonset_memory_mib"])

    allocatable_cpu = vcpus * MILLICORES_PER_VCPU * (PERCENT - reserved) / PERCENT
    allocatable_memory = memory_gib * MIB_PER_GIB * (PERCENT - reserved) / PERCENT
    require(
        ds_pods < max_pods,
        "daemonset_pods_per_node",
        f"DaemonSet pods per node must be fewer than the {max_pods} pods a node may run, or no workload pod fits",
    )
    require(
        ds_cpu < allocatable_cpu,
        "daemonset_cpu_millicores",
        f"DaemonSet CPU requests per node must be less than {format_value(allocatable_cpu)} millicores (allocatable CPU)",
    )
    require(
        ds_memory < allocatable_memory,
        "daemonset_memory_mib",
        f"DaemonSet memory requests per node must be less than {format_value(allocatable_memory)} MiB (allocatable memory)",
    )
    free_cpu = allocatable_cpu - ds_cpu
    free_memory = allocatable_memory - ds_memory
    free_slots = max_pods - ds_pods
    by_cpu = _fits(free_cpu, cpu_request)
    by_memory = _fits(free_memory, memory_request)
    require(
        by_cpu >= 1,
        "pod_cpu_millicores",
        f"CPU request per pod must be at most {format_value(free_cpu)} millicores, what a node has left after DaemonSets",
    )
    require(
        by_memory >= 1,
        "pod_memory_mib",
        f"Memory request per pod must be at most {format_value(free_memory)} MiB, what a node has left after DaemonSets",
    )
    fits = {"cpu": by_cpu, "memory": by_memory, "pods": free_slots}
    binding = min(fits, key=lambda name: fits[name])
    per_node = fits[binding]
    nodes = math.ceil(pods / per_node)
    cpu_share = (pods * cpu_request + nodes * ds_cpu) / (nodes * allocatable_cpu) * PERCENT
    memory_share = (pods * memory_request + nodes * ds_memory) / (nodes * allocatable_memory) * PERCENT

    notes = []
    if nodes > facts.value("k8s.max_nodes_per_cluster"):
        notes.append("More nodes than Kubernetes' tested limit for one cluster: split the workload across clusters.")
    if binding == "pods":
        notes.append("The pod cap binds: bigger requests per pod or a higher --max-pods would use the nodes better.")
    notes.append("Add spare nodes for rolling updates and for losing a node or an Availability Zone.")
    return Result(
        outputs=(
            Output("nodes", "Nodes", nodes, "nodes"),
            Output("binding_constraint", "Binding constraint", binding),
            Output("pods_per_node", "Pods per node", per_node, "pods"),
            Output("cpu_requested_percent", "Allocatable CPU requested", cpu_share, "%"),
            Output("memory_requested_percent", "Allocatable memory requested", memory_share, "%"),
        ),
        steps=(
            Step("Allocatable CPU", f"{vcpus} vCPUs × 1,000 × (1 − {format_value(reserved)} %)", allocatable_cpu, "millicores"),
            Step(
                "Allocatable memory",
                f"{format_value(memory_gib)} GiB × 1,024 × (1 − {format_value(reserved)} %)",
                allocatable_memory,
                "MiB",
            ),
            Step("CPU left after DaemonSets", f"allocatable − {format_value(ds_cpu)}m", free_cpu, "millicores"),
            Step("Memory left after DaemonSets", f"allocatable − {format_value(ds_memory)} MiB", free_memory, "MiB"),
            Step("Pods per node by CPU", f"floor(CPU left ÷ {format_value(cpu_request)}m)", by_cpu, "pods"),
            Step("Pods per node by memory", f"floor(memory left ÷ {format_value(memory_request)} MiB)", by_memory, "pods"),
            Step("Pods per node by the cap", f"max pods per node {max_pods} − {ds_pods} DaemonSet pods", free_slots, "pods"),
            Step("Pods per node", f"smallest of the three ({binding})", per_node, "pods"),
            Step("Nodes", f"ceil({quantity(pods, 'pods')} ÷ {per_node} per node)", nodes, "nodes"),
        ),
        notes=tuple(notes),
    )
