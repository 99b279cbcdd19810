# One entry point for contributors and CI. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
REGION ?= us-east-1
FROM ?=
SUMMARY ?=
export NO_MKDOCS_2_WARNING := 1
# Independent prerequisites run side by side (pip beside npm, ruff and tsc beside mypy): two cores, two jobs.
MAKEFLAGS += --jobs=2

# Install stamps are named after a hash of the files they install from, not compared with their dates: a
# `git checkout`, a `git pull` or a `touch` that leaves the contents alone keeps the stamp, so `make install`
# reinstalls only when a byte changed, or when .venv or node_modules (and so its stamp) is missing.
content_hash = $(shell cat $(1) | $(PYTHON) -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:16])')
PY_STAMP := $(VENV)/.installed-$(call content_hash,requirements.lock pyproject.toml)
NPM_STAMP := node_modules/.installed-$(call content_hash,package.json package-lock.json)

# `make lock` runs this uv, installed in a throw-away virtualenv. The lock is universal (Linux, macOS, Windows)
# from this Python up: the oldest the pins allow (pymdown-extensions needs 3.11.5).
UV_VERSION := 0.13.9
LOCK_PYTHON := 3.11.5
LOCK_ARGS ?=

.PHONY: help install serve build pdf test test-fast new-calculator check lint fmt typecheck bench check-prices update-prices lock clean chromium

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

# Every file pip installs must match a hash in requirements.lock (pip's own too: it is pinned there). The lock
# is the whole dependency tree, so pip installs it as listed (--no-deps: the pip that Python 3.11's venv starts
# with would otherwise reject an extra such as coverage[toml]) and `pip check` then fails on anything missing.
# The project itself is installed on its own, without build isolation (setuptools comes from the lock).
# pip compiles each file to bytecode as it installs, one at a time; compileall on every core after it is 79 s in
# all instead of 102 s here. Compiled at install, not left to the first import: where PYTHONDONTWRITEBYTECODE is
# set (it is in this machine's environment), every test process would otherwise compile what it imports, every time.
$(PY_STAMP):
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps --no-compile -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-compile --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib
	$(BIN)/python -m pip check
	rm -f $(VENV)/.installed*
	touch $@

$(NPM_STAMP):
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:  ## Make sure a Chromium is available for the browser tests (installs Debian's when missing)
	@if [ -n "$$CHROMIUM" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
	    || command -v google-chrome >/dev/null; then exit 0; fi; \
	echo "No Chromium found: installing Debian's chromium package"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null

install: $(PY_STAMP) $(NPM_STAMP)  ## Create the virtualenv and install the pinned Python and npm dependencies

serve: install  ## Build and serve the guide with live reload on http://127.0.0.1:8000
	SITE_URL=http://$(HOST):$(PORT)/ $(BIN)/mkdocs serve --dev-addr $(HOST):$(PORT)

build: install  ## Build the site into site/ (strict)
	$(BIN)/mkdocs build --strict

pdf: build chromium  ## Print the cheat sheets into site/cheatsheets/ as PDF (A4 and Letter), with the tests' Chromium
	$(BIN)/python tools/pdf.py site

test: install chromium lint typecheck  ## Everything: lint, types, unit, CLI, site build and browser tests, with coverage
	$(BIN)/python -m pytest --cov=calculators --cov=macros --cov-report=term:skip-covered

check: install chromium  ## Only the site quality gates and browser tests, with whole-page screenshots for review
	QUALITY_SCREENSHOTS=full $(BIN)/python -m pytest tests/quality tests/browser

test-fast: install  ## Only the fast tests (calculators, conventions and CLI): use while writing
	$(BIN)/python -m pytest tests/calculators tests/cli -q

new-calculator: install  ## Start a calculator: its module, tests and invalid-input rows (NAME=sns_fanout_cost)
	@test -n "$(NAME)" || { echo "Usage: make new-calculator NAME=sns_fanout_cost" >&2; exit 2; }
	$(BIN)/python tools/new_calculator.py $(NAME)

lint: install  ## ruff lint and format check; tsc type-checks the site's JavaScript (jsconfig*.json)
	$(BIN)/ruff check calculators macros tests tools
	$(BIN)/ruff format --check calculators macros tests tools
	node_modules/.bin/tsc -p jsconfig.json
	node_modules/.bin/tsc -p jsconfig.worker.json

fmt: install  ## Format and autofix with ruff
	$(BIN)/ruff format calculators macros tests tools
	$(BIN)/ruff check --fix calculators macros tests tools

typecheck: install  ## mypy --strict on calculators/ and macros/
	$(BIN)/mypy

bench: install chromium  ## Benchmark widget start-up against a naive main-thread Pyodide page, and the drills
	$(BIN)/python tools/bench.py $(BENCH_ARGS)

check-prices: install  ## Fail if a price is over 180 days old or a limit over 365 (the weekly price workflow runs it)
	$(BIN)/python tools/check_prices.py

update-prices: install  ## Refresh prices from AWS's Price List offer files (REGION=us-east-1; FROM=dir of downloaded files)
	$(BIN)/python tools/update_prices.py --region $(REGION) $(if $(FROM),--from $(FROM)) $(if $(SUMMARY),--summary $(SUMMARY))

lock:  ## Resolve requirements.in into requirements.lock with hashes (LOCK_ARGS=--upgrade moves every pin)
	set -euo pipefail; scratch="$$(mktemp -d)"; trap 'rm -rf "$$scratch"' EXIT; \
	$(PYTHON) -m venv "$$scratch/venv"; \
	"$$scratch/venv/bin/python" -m pip install --quiet uv==$(UV_VERSION); \
	"$$scratch/venv/bin/uv" pip compile --quiet --no-config requirements.in --output-file requirements.lock \
	  --universal --python-version $(LOCK_PYTHON) --generate-hashes --no-header $(LOCK_ARGS); \
	{ echo "# Generated by \`make lock\` from requirements.in (uv $(UV_VERSION): uv pip compile --universal --generate-hashes)."; \
	  echo "# Do not edit by hand: change requirements.in, then run \`make lock\`. Every hash is a file PyPI has for that"; \
	  echo "# version, and \`make install\` refuses any file whose hash is not listed here."; \
	  cat requirements.lock; } > "$$scratch/lock"; \
	cat "$$scratch/lock" > requirements.lock

clean:  ## Remove build output and caches (keeps the virtualenv and node_modules)
	rm -rf site build .pytest_cache .mypy_cache .ruff_cache docs/assets/vendor
