# Corpus explorer. `make help` lists the targets; README.md explains them.

PYTHON_BOOT ?= python3
VENV        := .venv
PY          := $(VENV)/bin/python
PELICAN     := $(VENV)/bin/pelican
INPUTDIR    := content
OUTPUTDIR   := output
CONFFILE    := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT        ?= 8000
# Scrapes are read as text: no locale or hash seed may change the output.
export PYTHONHASHSEED := 0
export PYTHONPATH     := plugins

.PHONY: help install html serve publish github test bench bench-corpus bench-peers bench-scale quality extract corpus regenerate-expected clean

help:
	@echo "make serve                 install, build the site and serve it on http://localhost:$(PORT)"
	@echo "make test                  run the whole test suite (browser tests included)"
	@echo "make install               create .venv and node_modules with the pinned dependencies"
	@echo "make html                  build the site into $(OUTPUTDIR)/ (fails if any scrape was skipped)"
	@echo "make publish SITEURL=...   build the public copy for that address (https://USER.github.io/REPO)"
	@echo "make github SITEURL=...    build the public copy and push it to the gh-pages branch"
	@echo "make extract FILE=...      print what is extracted from one or more scrapes, as JSON"
	@echo "make corpus                write every article as Markdown + YAML front matter into corpus/"
	@echo "make bench [BIG=1]         print the figures: cleaner F1, search size and speed, and builds of 100 and 1,000 generated articles (10,000 with BIG=1) beside plain Pelican and pelican-lunr"
	@echo "make bench-corpus N=1000   generate N benchmark scrapes into bench/out/corpus-N (never content/)"
	@echo "make bench-scale [BIG=1]   only the builds of generated articles, beside plain Pelican and pelican-lunr"
	@echo "make bench-peers           install pelican-lunr (PyPI), the peer the benchmark measures against"
	@echo "make quality               only the site checks: links, HTML, accessibility, offline, reproducible, publishing"
	@echo "make regenerate-expected   rewrite the build test's expected output (after a deliberate change)"
	@echo "make clean                 remove $(OUTPUTDIR)/ and caches"

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# --ignore-scripts: vnu-jar's install script would download a Java runtime;
# nothing we use needs an install script (Java comes from the system).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

html: install
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

serve: html
	$(PELICAN) --listen --port $(PORT) --bind 127.0.0.1 -o $(OUTPUTDIR) -s $(CONFFILE)

publish: install
	@test -n "$(SITEURL)" || { echo "make publish needs the public address: make publish SITEURL=https://USER.github.io/REPO"; exit 2; }
	SITEURL="$(SITEURL)" $(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

github: publish
	$(VENV)/bin/ghp-import --no-jekyll --push --force --branch gh-pages --message "Publish the site" $(OUTPUTDIR)

test: install
	$(PY) -m pytest tests

extract: install
	$(PY) -m corpus extract $(FILE)

corpus: install
	$(PY) -m corpus documents --out corpus $(INPUTDIR)/raw/*.txt

bench: bench-peers
	$(PY) bench/run.py $(if $(BIG),-n 1000 -n 10000)
	$(PY) bench/scale.py $(if $(BIG),--big)

N ?= 1000
bench-corpus: install
	$(PY) bench/make_corpus.py --n $(N) --out bench/out/corpus-$(N)

# pelican-lunr is a peer to measure against, installed for the benchmark only.
bench-peers: install
	$(VENV)/bin/pip install --quiet --no-deps pelican-lunr==0.3.0

bench-scale: bench-peers
	$(PY) bench/scale.py $(if $(BIG),--big)

quality: install
	$(PY) -m pytest tests/test_quality_site.py tests/test_quality_planted.py tests/test_publish.py tests/test_publish_workflow.py

regenerate-expected: install
	$(PY) -m tests.build_site --regenerate

clean:
	rm -rf $(OUTPUTDIR) corpus cache .pytest_cache
