"""Every Python sample byte-compiles and imports, including ones added after these tests were written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets.samples import load_module, sample_id, samples

PYTHON = samples("python")
CDK_APPS = samples("cdk_app")


def test_collected_python_samples() -> None:
    assert PYTHON, "no Python samples found under docs/snippets"


@pytest.mark.parametrize("path", PYTHON + CDK_APPS, ids=sample_id)
def test_byte_compiles(path: Path) -> None:
    compile(path.read_text(), str(path), "exec", dont_inherit=True)


@pytest.mark.usefixtures("aws")
@pytest.mark.parametrize("path", PYTHON, ids=sample_id)
def test_imports(path: Path) -> None:
    """Module level runs (a Lambda cold start, for handlers) with fake credentials and moto behind boto3."""
    module = load_module(path)
    assert module.__doc__, f"{sample_id(path)} needs a module docstring saying what it shows"
