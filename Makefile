# Beccaria LMS: `make run` starts the demo site, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# npm writes this file on every install: its age tells whether node_modules
# still matches package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
NPM := $(shell command -v npm 2>/dev/null)

.PHONY: install messages run test bench lint worker axe

install: $(STAMP) messages

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 wird benötigt (gefunden: %s)." % sys.version.split()[0]) if sys.version_info[:2] != (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Compiled message catalogues (.mo) are built, not committed; Babel needs no gettext.
messages: $(STAMP)
	$(BIN)/pybabel compile -d locale -D django --statistics 2>&1 | tail -n 1

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# axe-core for the browser tests, when npm is there. Without npm (or when the
# install fails) the browser tests skip and say why, except in CI.
axe: $(if $(NPM),$(NODE_STAMP))

$(NODE_STAMP): package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error \
		|| echo "npm ci ist fehlgeschlagen: die Browser-Tests werden übersprungen."

test: install axe
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m tests.benchmarks

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

worker: install
	DJANGO_SETTINGS_MODULE=lms.settings.dev $(BIN)/celery -A lms worker --loglevel=INFO
