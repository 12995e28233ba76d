# The two commands a newcomer needs: `make run` and `make test`.
# The newest Python the project supports (pyproject's requires-python) that runs on this machine;
# with pyenv, any version it has installed counts, whether it is active or not.
PYTHON_VERSIONS := 3.13 3.12 3.11
find_python = $(shell for v in $(1); do for pyenv in "" PYENV_VERSION=$$v; do \
	env $$pyenv python$$v -c 'import sys; print(sys.executable)' 2>/dev/null && exit; done; done)
PYTHON ?= $(call find_python,$(PYTHON_VERSIONS))
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# Every installed package at the version the lock pins; `make lock` renews it.
LOCK := constraints.txt
PIP_INSTALL := $(BIN)/pip install --quiet -c $(LOCK)

.PHONY: run test lint install install-test lock bench clean validator audit fonts messages

# Stops with a message unless $(PYTHON) is one of the versions above.
define require_python
	@test -n "$(PYTHON)" || { echo "The site needs Python 3.11, 3.12 or 3.13, and none of" \
		"$(foreach v,$(PYTHON_VERSIONS),python$(v)) runs here (or set PYTHON=...)." >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' \
		2>/dev/null || { echo "$(PYTHON) does not run here as Python 3.11, 3.12 or 3.13." >&2; exit 1; }
endef

$(BIN)/python:
	$(require_python)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Editable: the site runs from this checkout, beside its templates and static files.
$(VENV)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e ".[test]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Resolves pyproject's ranges afresh, with every extra, in a throwaway environment on the oldest
# Python supported, and writes what it found to the lock; the pre-commit hooks take the same
# ruff and djLint. Then it checks every pinned version has a wheel for each other Python.
LOCK_VENV := $(VENV)-lock
lock: PYTHON = $(call find_python,$(lastword $(PYTHON_VERSIONS)))
lock:
	$(require_python)
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/pip install --quiet -e ".[test,s3,opensearch]"
	{ echo "# The whole dependency tree, every extra included: \`make lock\` renews it."; \
	  echo "# Resolved on $$($(LOCK_VENV)/bin/python -V), $$(uname -sm)."; \
	  $(LOCK_VENV)/bin/pip freeze --exclude-editable; } > $(LOCK)
	for tool in ruff djlint; do \
		pin=$$(grep -i "^$$tool==" $(LOCK)) && \
		sed -i -E "s/\"$$tool==[^\"]+\"/\"$$pin\"/" .pre-commit-config.yaml || exit 1; \
	done
	for v in $(filter-out $(lastword $(PYTHON_VERSIONS)),$(PYTHON_VERSIONS)); do \
		$(LOCK_VENV)/bin/pip install --quiet --dry-run --ignore-installed --only-binary=:all: \
			--python-version $$v --target $(LOCK_VENV)/check -r $(LOCK) || exit 1; \
	done
	rm -rf $(LOCK_VENV)

# Links in e-mails, calendar files and structured data name the port the site runs on.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(VENV)/.installed
	$(MANAGE) compile_translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_admin
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# After changing the interface's strings: refresh every language's catalogue (needs GNU gettext's
# xgettext), translate what is new in locale/<language>/LC_MESSAGES/django.po, then commit.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --all --add-location=file --no-obsolete \
		--ignore=.venv --ignore=tests --ignore=bench --ignore=staticfiles --ignore='*.egg-info'

test: $(VENV)/.installed-test
	$(MANAGE) compile_translations
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
	$(BIN)/python -m bench.benchmark

clean:
	rm -rf $(VENV) $(LOCK_VENV) .pytest_cache .ruff_cache test-artifacts

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
