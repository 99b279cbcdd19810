"""The "edit this page" link is the publisher's to switch on, and never makes the page call another origin."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from tests.conftest import ROOT


def edit_url(monkeypatch: pytest.MonkeyPatch, value: str | None) -> str | None:
    if value is None:
        monkeypatch.delenv("EDIT_URI", raising=False)
    else:
        monkeypatch.setenv("EDIT_URI", value)
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config["repo_url"] is None  # with one, Material's header calls GitHub's API from the reader's browser
    assert "content.action.edit" in config["theme"]["features"]
    page = Page("S3", File("aws/s3.md", config["docs_dir"], config["site_dir"], True), config)  # sets edit_url
    return page.edit_url


def test_no_edit_link_unless_the_publisher_names_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    assert edit_url(monkeypatch, None) is None


def test_each_page_links_to_its_own_source(monkeypatch: pytest.MonkeyPatch) -> None:
    url = edit_url(monkeypatch, "https://github.com/example/guide/edit/main/docs/")
    assert url == "https://github.com/example/guide/edit/main/docs/aws/s3.md"
