# OncoAtlas: `make run` serves the site with demo data, `make test` runs every test.
# Both need only Python 3.11 and make; everything else goes into .venv.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# Tests run with debug off, as in production; this key is for tests only.
# DJANGO_DEBUG is set here so the .env that `make run` writes does not apply.
TEST_ENV := DJANGO_DEBUG=false DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-test-only-not-secret}
RUN_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-true}

.PHONY: install run test lint format check bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# Git hooks for developers (ruff, migrations, floors); skipped outside a checkout.
	-test -d .git && $(BIN)/pre-commit install --install-hooks >/dev/null
	touch $(STAMP)

# A developer's machine runs with debug on, so plain `manage.py` commands work
# after `make run`; an existing .env is never touched.
.env:
	printf '# Written by make run for local development; see .env.example.\nDJANGO_DEBUG=true\n' > .env

run: install .env
	$(RUN_ENV) $(BIN)/python manage.py migrate --no-input
	$(RUN_ENV) $(BIN)/python manage.py load_demo
	$(RUN_ENV) $(BIN)/python manage.py create_local_staff
	$(RUN_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(TEST_ENV) $(BIN)/python manage.py check
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

# The benchmark writes inside a transaction it rolls back; it needs the tables.
bench: install
	$(TEST_ENV) $(BIN)/python manage.py migrate --no-input
	$(TEST_ENV) $(BIN)/python manage.py bench

clean:
	rm -rf $(VENV) staticfiles .pytest_cache db.sqlite3
