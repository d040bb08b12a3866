# Two commands set everything up on a fresh machine (Python 3.11+):
#   make run    install into .venv and open the dashboard on the seed articles
#   make test   install into .venv (and Debian's chromium when missing) and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test build chromium lexicon

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(BIN)/.installed
	@echo "claimdesk: open http://127.0.0.1:8501 (this computer only; README \"Running for a team\" to serve a network)"
	$(BIN)/streamlit run dashboard.py

build: $(BIN)/.installed
	$(BIN)/python -m analysis build seeds --out out

chromium:
	@command -v chromium >/dev/null || command -v /usr/bin/chromium >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || \
	  echo "chromium not installed: the browser test will be skipped (install Debian's chromium package)"

test: $(BIN)/.installed chromium
	$(BIN)/python -m pytest

# Regenerate analysis/data/people_nouns.csv from Princeton WordNet 3.0 (Debian's wordnet-base).
lexicon: $(BIN)/.installed
	@[ -d /usr/share/wordnet ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base; }
	$(BIN)/python -m pip install --quiet -e ".[lexicon]"
	$(BIN)/python tools/make_lexicon.py
