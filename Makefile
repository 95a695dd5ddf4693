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
	@echo "make: creating $(VENV) (a virtual environment for accord, so nothing is installed system-wide) and upgrading its pip"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	@echo "make: installing accord with its test dependencies (pytest, hypothesis, playwright...) and the spaCy English model into $(VENV) with pip, at the versions in constraints.txt (once; again when pyproject.toml or constraints.txt change)"
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(BIN)/accord check $(SAMPLES) --db $(DB)

test: venv
	@echo "make: checking for Chromium for the browser tests (scripts/install-browser.sh installs Debian's package with apt-get when run as root, says so first, and otherwise lets those tests skip)"
	bash scripts/install-browser.sh
	ACCORD_TEST_POSTGRES=$(ACCORD_TEST_POSTGRES) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
