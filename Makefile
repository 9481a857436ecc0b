# Hashiya: `make run` starts the app, `make test` runs the whole suite. Both set up everything first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Qt's shared-library needs on Debian/Ubuntu (offscreen and xcb), plus Xvfb for the xcb smoke test.
SYSTEM_PACKAGES := libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
	libxkbcommon0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
	libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth

.PHONY: run test fuzz lint bench system-deps venv translations clean consumers dist

run: $(STAMP)
	$(VENV)/bin/hashiya

test: $(STAMP)
	@$(MAKE) --no-print-directory -j3 consumers
	@$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# `make fuzz`: the malformed-input fuzz test run longer (`make test` runs it bounded, ~30 s).
FUZZ_ROUNDS ?= 20
FUZZ_EXAMPLES ?= 300
fuzz: $(STAMP)
	HASHIYA_FUZZ_ROUNDS=$(FUZZ_ROUNDS) HASHIYA_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) HASHIYA_FUZZ_SEED=$${SEED:-$$RANDOM} \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/test_fuzz_import.py tests/test_malformed_input.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) -m bench $(BENCH_ARGS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps 'seqeval==1.2.2'  # its scikit-learn dependency is not needed
	touch $(STAMP)

# Heavy consumers of the exports (spaCy, datasets, Label Studio) each get a test-only venv, pinned in
# tests/consumers/NAME.txt and rebuilt only when that file changes; the tests run them by subprocess.
CONSUMERS := .venv-consumers
CONSUMER_NAMES := spacy datasets labelstudio

consumers: $(foreach n,$(CONSUMER_NAMES),$(CONSUMERS)/$(n)/.installed)

$(CONSUMERS)/%/.installed: tests/consumers/%.txt
	rm -rf $(CONSUMERS)/$*
	$(PYTHON) -m venv $(CONSUMERS)/$*
	$(CONSUMERS)/$*/bin/python -m pip install --quiet --disable-pip-version-check -r $<
	touch $@

# Installs the missing system libraries when run as root; otherwise prints the exact command.
system-deps:
	@command -v dpkg-query >/dev/null || { echo "not a Debian/Ubuntu system: install Qt 6's xcb libraries yourself"; exit 0; }; \
	missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "installing system libraries: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "Qt needs these system packages; run:"; \
		echo "  sudo apt-get install -y $$(echo $$missing)"; \
	fi

# `make dist`: the frozen onedir build (build.spec), the Linux .tar.gz and .deb, then the smoke tests in
# tests/dist against them (empty fontconfig, offscreen and Xvfb/xcb, the .deb unpacked and, as root on CI,
# installed and removed). docs/packaging.md has the details and the Windows/macOS release workflow.
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP)
	@$(MAKE) --no-print-directory system-deps SYSTEM_PACKAGES="desktop-file-utils appstream"  # the validators
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf dist/hashiya
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	$(PY) .ci/package_linux.py dist
	HASHIYA_DIST=dist QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/dist

clean:
	rm -rf $(VENV) $(CONSUMERS) build dist .pytest_cache .ruff_cache
