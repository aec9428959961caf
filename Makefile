# One-command tooling. `make build` and `make test` each set everything up first (idempotent).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
APT_PACKAGES := chromium poppler-utils qpdf fonts-noto-core fonts-dejavu-core libharfbuzz-subset0 \
                libpango-1.0-0 libpangoft2-1.0-0
AXE := build/node/node_modules/axe-core/axe.min.js
VNU := build/node/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: setup system-deps build test test-fast test-unlocked validate lint lock schema bench clean

build: setup            ## validate the samples, build the site and the PDFs into site/
	$(BIN)/masterplan build --jobs 2

test: setup $(AXE) $(VNU)  ## run the whole test suite (unit, golden, real site/PDF builds, browser)
	$(BIN)/python -m pytest --all-sample-pdfs

test-fast: setup        ## everything but the slow real-build and browser tests
	$(BIN)/python -m pytest -m "not slow"

validate: setup
	$(BIN)/masterplan validate

lint: setup             ## style, formatting, types and the layer contract (pyproject.toml [tool.importlinter])
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy generator
	$(BIN)/lint-imports

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

# Exactly the versions the tests passed with: every wheel checked against the lock's hashes.
$(BIN)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/masterplan schema --editor  # .masterplan/schema/, which the samples' yaml-language-server lines name
	touch $@

# `make lock` keeps every pin it can and resolves only what pyproject.toml changed;
# `make lock UPGRADE=--upgrade` moves everything to the newest allowed versions.
lock:                   ## regenerate requirements.lock after changing a dependency in pyproject.toml
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install -q uv
	build/lock-venv/bin/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
	  --python-version 3.11 $(UPGRADE) --custom-compile-command "make lock" -o requirements.lock

# The newest versions pyproject.toml allows, ignoring the lock: what `pip install masterplan` gets
# today. The scheduled CI job runs this weekly so an upstream release that breaks us shows up early.
test-unlocked: system-deps $(AXE) $(VNU)
	rm -rf build/venv-unlocked
	$(PYTHON) -m venv build/venv-unlocked
	build/venv-unlocked/bin/pip install -q -e '.[test]'
	build/venv-unlocked/bin/pip list --format=freeze --exclude-editable
	build/venv-unlocked/bin/python -m pytest --all-sample-pdfs

$(AXE):                 ## axe-core (accessibility checks in the browser test), from the npm registry
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq npm; }
	npm install --silent --no-audit --no-fund --prefix build/node axe-core@4

$(VNU):                 ## the Nu HTML Checker (markup check in the browser tests; runs on Java 17), from npm
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq npm; }
	@command -v java >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq openjdk-17-jre-headless; }
	npm install --silent --no-audit --no-fund --prefix build/node vnu-jar@24

clean:
	rm -rf site build $(VENV)
