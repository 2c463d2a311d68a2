# Everything runs from .venv/, created here from the project's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install validate generate check-generated lint docs test airflow-check bench soak clean

install: $(STAMP)

$(STAMP): pyproject.toml sandbox/pyproject.toml Makefile  # the install line below is part of it
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# One resolve: the local sandbox distribution is what the `sandbox` extra asks for.
	$(BIN)/python -m pip install --quiet -e ./sandbox -e '.[dev,sandbox,cli,bench,warehouse,postgres]'
	@touch $(STAMP)

validate: install
	$(BIN)/python scripts/validate.py specs/*.yaml

generate: validate
	$(BIN)/python scripts/generate.py

check-generated: install
	$(BIN)/python scripts/generate.py --check

lint: install
	$(BIN)/ruff check facade scripts tests bench sandbox examples
	$(BIN)/ruff format --check facade scripts tests bench sandbox examples
	$(BIN)/mypy facade/reviewbridge scripts sandbox/reviewbridge_sandbox tests/typing

# The API reference from the docstrings, into build/docs/ (ignored by git); strict: any warning fails it.
docs: install
	$(BIN)/python scripts/docs.py

test: install validate check-generated lint docs
	# The slowest tests in every run's output, so a slow new one shows up where it lands.
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2 --durations=15

# The Airflow example under real Airflow (airflow dags test, every scope's task, against the sandboxes), in
# an environment of its own cached in ~/.cache/reviewbridge/; its first run installs Airflow (minutes).
airflow-check: install
	$(BIN)/python scripts/airflow_check.py

bench: install
	$(BIN)/python -m bench.run

soak: install
	$(BIN)/python -m bench.soak

clean:
	rm -rf $(VENV) build *.egg-info
