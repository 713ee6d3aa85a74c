# io-kiosk: the two commands are `make run` and `make test`; the rest serve them.
# Every target sets up .venv itself, so a fresh clone needs only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint format translations bench bench-cpu bench-export package clean python-version

python-version:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "io-kiosk needs Python 3.11 or newer; found " + sys.version.split()[0])'

$(BIN)/python: | python-version
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

## run: start the kiosk as a windowed demo on the bundled content
## (As root, e.g. in a container, Chromium's sandbox cannot run: the demo then
## turns it off, says so, and the kiosk logs a warning. Kiosk mode refuses root.)
run: $(RUN_STAMP)
	@if [ "$$(id -u)" = 0 ]; then echo "make run: running as root: web sandbox off for this demo (QTWEBENGINE_DISABLE_SANDBOX=1)"; fi
	$(if $(filter 0,$(shell id -u)),QTWEBENGINE_DISABLE_SANDBOX=1 ,)$(BIN)/python -m kiosk run --windowed

## test: lint, then the whole test suite headless
test: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## lint: style (ruff), the architecture (import contracts), types (mypy), QML (qmllint)
lint: $(TEST_STAMP)
	$(BIN)/ruff check kiosk tests bench
	$(BIN)/ruff format --check kiosk tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m kiosk.qml.typeinfo build/qmltypes
	$(BIN)/pyside6-qmllint --max-warnings 0 -I build/qmltypes -I . $$(find ui -name '*.qml' | sort)

format: $(TEST_STAMP)
	$(BIN)/ruff format kiosk tests bench
	$(BIN)/ruff check --fix kiosk tests bench

## translations: refresh ui/i18n/*.ts from the QML and compile them to .qm
translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.qml' | sort) -ts ui/i18n/kiosk_es.ts
	$(BIN)/pyside6-lrelease ui/i18n/kiosk_es.ts -qm ui/i18n/kiosk_es.qm

## bench: start-up time against a bare Qt Quick window, side by side
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

## bench-cpu: CPU per screen state against Chromium --kiosk, on its own Xvfb display (:95)
## (needs xvfb and chromium: apt-get install -y xvfb chromium; about 3 minutes)
BENCH_DISPLAY ?= :95
bench-cpu: $(TEST_STAMP)
	@command -v Xvfb >/dev/null || { echo "make bench-cpu: needs Xvfb (apt-get install -y xvfb)"; exit 2; }
	Xvfb $(BENCH_DISPLAY) -screen 0 1920x1080x24 -nolisten tcp & xvfb=$$!; sleep 1; \
	DISPLAY=$(BENCH_DISPLAY) QT_QPA_PLATFORM=xcb $(BIN)/python bench/cpu.py; status=$$?; \
	kill $$xvfb; exit $$status

bench-export: $(TEST_STAMP)
	$(BIN)/python bench/export_100k.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

## package: the one-folder PyInstaller build in dist/io-kiosk (pruned: see build.spec),
## then its size against the budget and a headless smoke start.
## KIOSK_DEBUG_BUILD=1 make package: the same with a console (Windows) and QML debugging.
package: $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	$(BIN)/python bench/bundle_size.py
	$(BIN)/python bench/startup_packaged.py --smoke

## package-unpruned: all that PyInstaller's hooks collect, in build/unpruned/io-kiosk, to
## measure the pruning against: python bench/bundle_size.py build/unpruned/io-kiosk
.PHONY: package-unpruned
package-unpruned: $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	KIOSK_UNPRUNED_BUILD=1 $(BIN)/pyinstaller --noconfirm --clean \
		--distpath build/unpruned --workpath build/unpruned-work build.spec
