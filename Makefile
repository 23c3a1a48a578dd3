# One entry point for people and CI. `make serve` and `make test` set up
# everything they need first (Python venv, npm tools, Debian packages).

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build offline test test-examples check bench system clean

help:
	@echo "make serve          set up, then serve the site at http://127.0.0.1:8000/ (and /ru/)"
	@echo "make test           set up, then run every test (pytest)"
	@echo "make check          the fast checks only: build, pages, examples on this Python set"
	@echo "make test-examples  run the examples (EXAMPLE_PYTHONS=3.12 restricts the versions)"
	@echo "make build          strict build into site/"
	@echo "make offline        the offline edition: dist/python-modules-packages-offline.zip"
	@echo "make bench          build and print size, speed and search latency figures"

# --- setup -------------------------------------------------------------------
$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

system:
	@tools/system-deps.sh

# --- site --------------------------------------------------------------------
# --livereload: with click 8.2+ `mkdocs serve` otherwise starts without it.
serve: $(BIN)/.installed node_modules/.installed
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed node_modules/.installed
	$(BIN)/mkdocs build --strict --site-dir site

offline: $(BIN)/.installed node_modules/.installed
	$(BIN)/python tools/offline.py dist/python-modules-packages-offline.zip

# --- tests -------------------------------------------------------------------
# Two phases. First every test but Lighthouse, on two pytest workers (each
# takes whole test files, so a file's session fixtures are built once per
# worker); then Lighthouse alone, because it measures speed and a busy machine
# lowers its score.
test: system $(BIN)/.installed node_modules/.installed
	$(BIN)/python -m pytest -n 2 --dist loadfile --ignore tests/test_lighthouse.py
	$(BIN)/python -m pytest tests/test_lighthouse.py

check: $(BIN)/.installed node_modules/.installed
	$(BIN)/python -m pytest -m "not browser and not slow"

test-examples: $(BIN)/.installed
	$(BIN)/python -m pytest tests/test_examples.py tests/test_project_layout.py

bench: system $(BIN)/.installed node_modules/.installed
	$(BIN)/python tools/bench.py
	$(BIN)/python tools/bench_search.py
	$(BIN)/python tools/bench_runner.py

clean:
	rm -rf site dist .pytest_cache
