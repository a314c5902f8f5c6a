# Candour: two commands. `make run` serves the app; `make test` runs every check.
# Everything is installed from this repository's own files (pyproject.toml, constraints.txt,
# package.json, package-lock.json) into .venv and node_modules.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
FLASK  := $(BIN)/flask --app wsgi

.PHONY: run test test-pg test-compiled compiled lint typecheck install install-test assets db demo bench clean help

help:
	@echo "make run    set up and serve Candour on http://$(HOST):$(PORT) with the scheduler"
	@echo "make test   set up and run ruff, mypy and the test suite (SQLite)"
	@echo "make demo   fill the development database with realistic sample data"
	@echo "make compiled       build the anonymiser with mypyc into build/compiled (production)"
	@echo "make test-compiled  run the anonymiser's tests on that build"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.test: $(VENV)/.runtime
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/dist/.built: node_modules/.installed assets/candour.scss assets/copy.mjs
	npm run --silent build
	touch $@

install: $(VENV)/.runtime static/dist/.built
install-test: $(VENV)/.test static/dist/.built
assets: static/dist/.built

db: install
	$(FLASK) db upgrade

run: db
	@$(FLASK) dev bootstrap
	@echo "Candour is starting on http://$(HOST):$(PORT) (scheduler alongside). Ctrl+C stops both."
	@trap 'kill 0' INT TERM EXIT; \
	  $(FLASK) scheduler run & \
	  $(FLASK) run --host $(HOST) --port $(PORT) --no-reload

demo: db
	$(FLASK) demo seed

lint: install-test
	$(BIN)/ruff check .

typecheck: install-test
	$(BIN)/mypy

test: install-test lint typecheck
	$(BIN)/pytest

# The same suite against PostgreSQL (CANDOUR_TEST_DATABASE_URL must be set; .ci/run does it).
test-pg: install-test
	@test -n "$$CANDOUR_TEST_DATABASE_URL" || { echo "set CANDOUR_TEST_DATABASE_URL"; exit 2; }
	$(BIN)/pytest -m "not browser"

# The anonymiser compiled with mypyc (setup.py), as production runs it (README, "Production"):
# build/compiled/anonymiser and the digest of the source it was built from (config/compiled.py).
# gunicorn.conf.py runs it only while that digest matches; the anonymiser's tests check it.
COMPILED := build/compiled
$(COMPILED)/SOURCES: $(VENV)/.test setup.py pyproject.toml $(wildcard anonymiser/*.py anonymiser/data/*)
	rm -rf $(COMPILED) build/compiling && mkdir -p build
	$(BIN)/python -m config.compiled begin
	CANDOUR_COMPILE=1 $(BIN)/pip install --quiet --no-deps --no-build-isolation \
	  --target build/compiling . > build/compile.log 2>&1 || { tail -40 build/compile.log; exit 1; }
	mkdir -p $(COMPILED) && mv build/compiling/anonymiser build/compiling/*__mypyc*.so $(COMPILED)/
	rm -rf build/compiling
	$(BIN)/python -m config.compiled finish

compiled: $(COMPILED)/SOURCES

test-compiled: $(COMPILED)/SOURCES
	cd $(COMPILED) && CANDOUR_EXPECT_COMPILED=1 PYTHONPATH=$(CURDIR)/$(COMPILED):$(CURDIR) \
	  $(CURDIR)/$(BIN)/pytest -q -c $(CURDIR)/pyproject.toml -o pythonpath= --rootdir . \
	  $(CURDIR)/tests/anonymiser

bench: install-test
	$(BIN)/python bench/submissions.py

clean:
	rm -rf $(VENV) node_modules static/dist build
