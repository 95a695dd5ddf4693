# Two commands on a fresh machine with Python 3.11 and make:
#   make run    set up .venv, check the bundled sample corpus (stored in ./accord.db), print the report
#   make test   set up .venv with the test dependencies, run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= accord.db
# A PostgreSQL server for the PostgreSQL store's tests (empty: they skip), e.g.
# make test ACCORD_TEST_POSTGRES=postgresql://root@127.0.0.1:5432/test
ACCORD_TEST_POSTGRES ?=
SAMPLES := src/accord/samples

.PHONY: run test venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(BIN)/accord check $(SAMPLES) --db $(DB)

test: venv
	bash scripts/install-browser.sh
	ACCORD_TEST_POSTGRES=$(ACCORD_TEST_POSTGRES) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
