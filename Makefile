# stormpetrel: `make demo` sets up and shows what it does; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/stormpetrel ingest --demo --limit 200 --db stormpetrel.duckdb
	$(BIN)/stormpetrel show --db stormpetrel.duckdb --limit 30

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest_vs_spacy.py 500 3824

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
	sed -i -e "/^--extra-index-url/d" -e "/^--find-links/d" requirements.lock

clean:
	rm -rf $(VENV) build src/*.egg-info
