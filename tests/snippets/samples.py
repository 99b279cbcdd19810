"""Find the guide's code samples under docs/snippets and sort them by kind (folder and format).

Every file under docs/snippets gets exactly one kind, or the catalog test fails: a contributor who adds a
sample gets its format's check without touching a test, and a file of a format nobody checks is caught.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT

SNIPPETS = ROOT / "docs" / "snippets"
REGION = "us-east-1"  # the fake account's Region in the moto-backed tests
DOCS = ROOT / "docs"
# Tools installed in the virtualenv that runs the tests (requirements.lock pins them).
VENV_BIN = Path(sys.executable).parent

_CFN_MARKER = re.compile(r'^(?:\s*"AWSTemplateFormatVersion"\s*:|AWSTemplateFormatVersion\s*:|Resources\s*:)', re.MULTILINE)
_K8S_MARKER = re.compile(r"^apiVersion:\s*\S", re.MULTILINE)
_CDK_MARKER = re.compile(r"^\s*(?:from|import)\s+aws_cdk\b", re.MULTILINE)
_COMPOSE_NAME = re.compile(r"^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$")

KINDS = (
    "python",
    "cdk_app",
    "cloudformation",
    "kubernetes",
    "compose",
    "dockerfile",
    "iam_policy",
    "shell",
    "logs_insights",
)


def kind_of(path: Path) -> str | None:
    """The kind of one sample, from its folder, name and format; None when no check knows it."""
    name, topic = path.name, path.parent.name
    if name == "Dockerfile" or name.endswith(".Dockerfile"):
        return "dockerfile"
    suffix = path.suffix
    if suffix == ".py":
        return "cdk_app" if _CDK_MARKER.search(path.read_text()) else "python"
    if suffix == ".sh":
        return "shell"
    if suffix in {".yaml", ".yml", ".json"}:
        text = path.read_text()
        if _CFN_MARKER.search(text):
            return "cloudformation"
        if _COMPOSE_NAME.match(name):
            return "compose"
        if suffix != ".json" and (topic == "kubernetes" or _K8S_MARKER.search(text)):
            return "kubernetes"
        if suffix == ".json" and topic == "iam":
            return "iam_policy"
        return None
    if suffix == ".txt" and topic == "observability":
        return "logs_insights"
    return None


def all_files() -> list[Path]:
    """Every file under docs/snippets (caches and hidden files aside)."""
    return sorted(
        path
        for path in SNIPPETS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    )


def samples(kind: str, topic: str | None = None) -> list[Path]:
    """The samples of one kind, optionally only those in docs/snippets/<topic>/."""
    assert kind in KINDS, kind
    return [path for path in all_files() if kind_of(path) == kind and (topic is None or path.parent.name == topic)]


def sample_id(path: Path) -> str:
    """A short test id: the path under docs/snippets."""
    return path.relative_to(SNIPPETS).as_posix()


def tool(name: str) -> str:
    """Absolute path of a command-line tool installed in the test virtualenv; fails clearly when missing."""
    found = shutil.which(name, path=str(VENV_BIN))
    assert found, f"{name} is not installed in {VENV_BIN}: run `make install` (it is pinned in requirements.in)"
    return found


def load_module(path: Path) -> ModuleType:
    """Import one sample from its file, under a name of its own, as a fresh module every time."""
    name = "snippet_" + re.sub(r"\W", "_", sample_id(path).removesuffix(".py"))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look the module up by name
    spec.loader.exec_module(module)
    return module
