# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint install install-test bench clean validator audit fonts

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Links in e-mails, calendar files and structured data name the port the site runs on.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_admin
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/pre-commit run --all-files
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check

# The W3C Nu Html Checker for the HTML validity test (runs on the machine's Java).
NODE_TOOLS := $(VENV)/node
VNU_VERSION := 26.9.27
LIGHTHOUSE_VERSION := 12.2.3
validator: $(NODE_TOOLS)/node_modules/vnu-jar/build/dist/vnu.jar
$(NODE_TOOLS)/node_modules/vnu-jar/build/dist/vnu.jar: | $(BIN)/python
	npm install --silent --no-audit --no-fund --prefix $(NODE_TOOLS) vnu-jar@$(VNU_VERSION)

# Lighthouse (desktop) on each page type of a running site: `make run` in another terminal first.
AUDIT_URL ?= http://127.0.0.1:$(PORT)
AUDIT_PAGES ?= / /directory/ /directory/submit/ /events/spark-social-enterprise-day-2019/ \
	/stories/international-safaris/ /about/
audit: | $(BIN)/python
	npm install --silent --no-audit --no-fund --prefix $(NODE_TOOLS) lighthouse@$(LIGHTHOUSE_VERSION)
	@for path in $(AUDIT_PAGES); do \
		CHROME_PATH=$${CHROMIUM_PATH:-/usr/bin/chromium} $(NODE_TOOLS)/node_modules/.bin/lighthouse \
			"$(AUDIT_URL)$$path" --preset=desktop --quiet --output=json --output-path=stdout \
			--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking" \
		| $(BIN)/python -c "import json, sys; r = json.load(sys.stdin); \
			print(r['finalDisplayedUrl'], {k: round(v['score'] * 100) for k, v in r['categories'].items()})"; \
	done

# Load test on the local PostgreSQL: BENCH_SIZE=100000 make bench for the large run.
bench: $(VENV)/.installed
	$(BIN)/python bench/benchmark.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts

# The typeface, Source Sans 3 (SIL Open Font License), from its npm package, cut down to Latin and
# Latin Extended: enough for English, French and Dutch. The files in static/fonts/ are committed;
# this target rebuilds them from the pinned package.
FONT_NAME = source-sans-3
FONT_PACKAGE ?= @fontsource-variable/$(FONT_NAME)@5.3.1
FONT_FILES = .fonts-build/package/files/$(FONT_NAME)
FONT_LATIN = U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD
FONT_LATIN_EXT = U+0100-02AF,U+0304,U+0308,U+0329,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF
SUBSET = $(BIN)/pyftsubset --flavor=woff2 --layout-features='*' --no-hinting --name-IDs='*'

fonts: | $(BIN)/python
	$(BIN)/pip install --quiet "fonttools[woff]>=4.50"
	rm -rf .fonts-build && mkdir -p .fonts-build static/fonts
	cd .fonts-build && npm pack --silent $(FONT_PACKAGE) >/dev/null && tar xzf *.tgz
	$(SUBSET) $(FONT_FILES)-latin-wght-normal.woff2 --unicodes='$(FONT_LATIN)' \
		--output-file=static/fonts/$(FONT_NAME)-latin.woff2
	$(SUBSET) $(FONT_FILES)-latin-ext-wght-normal.woff2 --unicodes='$(FONT_LATIN_EXT)' \
		--output-file=static/fonts/$(FONT_NAME)-latin-ext.woff2
	cp .fonts-build/package/LICENSE static/fonts/$(FONT_NAME)-LICENSE.txt
	rm -rf .fonts-build
	@ls -l static/fonts
