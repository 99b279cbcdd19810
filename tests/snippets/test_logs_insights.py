"""CloudWatch Logs Insights queries under docs/snippets/observability pass a structural check.

No offline parser for the query language exists, so this checks its structure: commands separated by
pipes (a ``|`` inside a string or a /regex/ is not a separator), each a known Logs Insights command,
balanced parentheses, quotes and regex delimiters, and sane arguments for ``sort``, ``limit`` and ``stats``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.snippets.samples import sample_id, samples

QUERIES = samples("logs_insights")

COMMANDS = {"fields", "filter", "stats", "sort", "limit", "parse", "display", "dedup", "pattern", "unmask", "diff"}
# A "/" opens a regex literal after these tokens (elsewhere it is division, as in "@memorySize / 1000").
_REGEX_AFTER = re.compile(r"(?:\blike|=~|[(,])\s*$|^\s*parse\s+[\w@.]+\s*$", re.IGNORECASE)
_QUOTES = "\"'`"


def split_commands(query: str) -> tuple[list[str], list[str]]:
    """(commands, problems): the query split on top-level pipes, and any balance errors found on the way."""
    text = "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))
    commands: list[str] = []
    problems: list[str] = []
    current = ""
    quote: str | None = None
    in_regex = False
    depth = 0
    index = 0
    while index < len(text):
        char = text[index]
        if quote or in_regex:
            if char == "\\":
                current += text[index : index + 2]
                index += 2
                continue
            if (quote and char == quote) or (in_regex and char == "/"):
                quote, in_regex = None, False
        elif char in _QUOTES:
            quote = char
        elif char == "/" and _REGEX_AFTER.search(current):
            in_regex = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                problems.append("unbalanced parentheses: ')' without '('")
                depth = 0
        elif char == "|":
            commands.append(current.strip())
            current = ""
            index += 1
            if depth:
                problems.append("unbalanced parentheses before '|'")
                depth = 0
            continue
        current += char
        index += 1
    commands.append(current.strip())
    if quote:
        problems.append(f"unterminated {quote} quote")
    if in_regex:
        problems.append("unterminated /regex/")
    if depth:
        problems.append("unbalanced parentheses: '(' without ')'")
    return commands, problems


def query_problems(query: str) -> list[str]:
    commands, problems = split_commands(query)
    for command in commands:
        if not command:
            problems.append("empty command between pipes")
            continue
        name, _, arguments = command.partition(" ")
        arguments = arguments.strip()
        if name not in COMMANDS:
            problems.append(f"unknown command {name!r}")
        elif not arguments and name not in {"dedup"}:
            problems.append(f"{name} without arguments")
        elif name == "limit" and not (arguments.isdigit() and 1 <= int(arguments) <= 10_000):
            problems.append(f"limit takes a number from 1 to 10000, not {arguments!r}")
        elif name == "sort" and not re.fullmatch(r"[\w@.]+(\s+(asc|desc))?(\s*,\s*[\w@.]+(\s+(asc|desc))?)*", arguments):
            problems.append(f"sort takes fields with optional asc/desc, not {arguments!r}")
        elif name == "stats" and not re.search(r"\b\w+\s*\(", re.split(r"\bby\b", arguments)[0]):
            problems.append("stats needs an aggregate function such as count(*)")
    return problems


def test_collected_queries() -> None:
    assert QUERIES, "no Logs Insights queries found under docs/snippets/observability"


@pytest.mark.parametrize("path", QUERIES, ids=sample_id)
def test_query_structure(path: Path) -> None:
    query = path.read_text()
    assert query.strip(), "empty query"
    assert query_problems(query) == []


def test_pipes_inside_regex_and_strings_do_not_split() -> None:
    commands, problems = split_commands('filter errorCode like /Denied|Unauthorized/ and msg = "a|b"\n| limit 5')
    assert problems == []
    assert commands == ['filter errorCode like /Denied|Unauthorized/ and msg = "a|b"', "limit 5"]


def test_division_is_not_a_regex() -> None:
    commands, problems = split_commands("stats max(@memorySize / 1000 / 1000) as mb | sort mb desc")
    assert problems == []
    assert len(commands) == 2


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("filter @type = 'REPORT' | group by bin(5m)", "unknown command 'group'"),
        ("stats count(* as n by bin(5m)", "unbalanced parentheses"),
        ("stats count(*)) as n", "')' without '('"),
        ('filter @message like "ERROR', "unterminated"),
        ("filter @message like /ERROR", "unterminated /regex/"),
        ("filter @type = 'REPORT' | | limit 20", "empty command"),
        ("fields @timestamp | limit twenty", "limit takes a number"),
        ("fields @timestamp | sort @timestamp descending", "sort takes fields"),
        ("filter @type = 'REPORT' | stats avg_duration by bin(5m)", "aggregate function"),
        ("filter @type = 'REPORT' | limit", "limit without arguments"),
    ],
)
def test_structural_check_can_fail(query: str, problem: str) -> None:
    problems = query_problems(query)
    assert any(problem in found for found in problems), problems
