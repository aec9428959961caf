# One-command tooling. `make build` and `make test` each set everything up first (idempotent).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
APT_PACKAGES := chromium poppler-utils qpdf fonts-noto-core fonts-dejavu-core libharfbuzz-subset0 \
                libpango-1.0-0 libpangoft2-1.0-0
AXE := build/node/node_modules/axe-core/axe.min.js

.PHONY: setup system-deps build test test-fast validate lint schema bench clean

build: setup            ## validate the samples, build the site and the PDFs into site/
	$(BIN)/masterplan build --jobs 2

test: setup $(AXE)      ## run the whole test suite (unit, golden, real site/PDF builds, browser)
	$(BIN)/python -m pytest

test-fast: setup        ## everything but the slow real-build and browser tests
	$(BIN)/python -m pytest -m "not slow"

validate: setup
	$(BIN)/masterplan validate

lint: setup
	$(BIN)/ruff check generator tests benchmarks

schema: setup           ## regenerate the committed JSON Schema
	$(BIN)/masterplan schema -o schema

bench: setup
	$(BIN)/python benchmarks/run.py

setup: system-deps $(BIN)/.installed

system-deps:            ## Debian packages: Chromium for browser tests, poppler/qpdf to inspect PDFs, fonts, Pango
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(AXE):                 ## axe-core (accessibility checks in the browser test), from the npm registry
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq npm; }
	npm install --silent --no-audit --no-fund --prefix build/node axe-core@4

clean:
	rm -rf site build $(VENV)
