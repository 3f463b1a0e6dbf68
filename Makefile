# doku: two commands on a fresh machine with Go: `make site`, `make test`.
GO ?= go

.PHONY: site test vet fmt build clean fuzz bench-tree bcd-subset bench bench-scale bench-bin mdn mdn-bcd mdn-data mdn-wat mdn-site mdn-defects

# Build this repository's own site into site/.
site:
	$(GO) run ./cmd/doku bundle -root . -out site

# Everything CI runs: formatting, vet, and all tests.
test: fmt vet
	$(GO) test ./...

# Every fuzz target of the repository (any func Fuzz... in a _test.go), one
# after the other, FUZZTIME each. A failing input is written to the
# package's testdata/fuzz/<Target>/: fix the bug and commit the file, so
# that 'make test' replays it from then on.
FUZZTIME ?= 60s
fuzz:
	@set -e; for f in $$(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do \
	  for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
	    echo "== $$t ($$(dirname $$f), $(FUZZTIME))"; \
	    $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$(dirname $$f); \
	  done; \
	done

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

build:
	$(GO) build -o doku ./cmd/doku

clean:
	rm -rf site doku $(BENCH_DIR)

# A synthetic MDN-sized tree (15,000 pages per locale, cached in .bench/)
# and a site root that builds it without strict checks:
#   doku build -root .bench/root -content .bench/tree -out .bench/site
BENCH_DIR ?= .bench
bench-tree:
	$(GO) run ./cmd/doku-gen -out $(BENCH_DIR)/tree
	mkdir -p $(BENCH_DIR)/root && rm -rf $(BENCH_DIR)/root/locales && cp -r locales $(BENCH_DIR)/root/
	printf 'locales = ["en-US", "de"]\n' > $(BENCH_DIR)/root/doku.toml

# Re-extract the browser-compat subset this site ships from a data.json of
# @mdn/browser-compat-data (see internal/compat/bcdsubset).
bcd-subset:
	@test -n "$(BCD)" || { echo "usage: make bcd-subset BCD=/path/to/data.json"; exit 2; }
	$(GO) run ./internal/compat/bcdsubset -in $(BCD) api.CloseEvent api.WebSocketStream api.WebSocketError > content/data/browser-compat.json

# doku against goldmark alone and Hugo on MDN's real tree (make mdn,
# make mdn-bcd), three runs, medians; see docs/performance.md.
# BENCH_FLAGS="-runs 5" for more runs. bench-scale builds generated trees
# of 1x, 2x and 4x the pages, to show the cost grows linearly.
BENCH_FLAGS ?=
bench: bench-bin
	@test -d .mdn/files || $(MAKE) mdn
	@test -f .mdn/bcd/data.json || $(MAKE) mdn-bcd
	@test -f .mdn/data/css.json || $(MAKE) mdn-data
	$(BENCH_DIR)/bin/doku-bench -dir $(BENCH_DIR) -doku $(BENCH_DIR)/bin/doku -content .mdn/files -bcd .mdn/bcd/data.json -data .mdn/data $(BENCH_FLAGS)

bench-scale: bench-bin
	$(BENCH_DIR)/bin/doku-bench scale -dir $(BENCH_DIR) -doku $(BENCH_DIR)/bin/doku -pages 3750 -runs 1 $(BENCH_FLAGS)

bench-bin:
	$(GO) build -o $(BENCH_DIR)/bin/doku ./cmd/doku
	$(GO) build -o $(BENCH_DIR)/bin/doku-bench ./cmd/doku-bench

# MDN's real content, the yardstick: mdn/content's en-US pages with
# jsondata/ and sidebars/, and translated-content's German pages, unpacked
# from CORPUS into .mdn/files (git-ignored; never commit it), and the
# browser-compat data.json those pages call for, pinned by version.
CORPUS ?= ../shared/corpus
BCD_VERSION ?= 8.1.9
mdn:
	mkdir -p .mdn/files
	tar --zstd -xf $(CORPUS)/mdn-content.tar.zst -C .mdn/files
	tar --zstd -xf $(CORPUS)/mdn-de.tar.zst -C .mdn/files

mdn-bcd:
	mkdir -p .mdn/bcd
	cd .mdn/bcd && npm pack --silent @mdn/browser-compat-data@$(BCD_VERSION) >/dev/null && \
	  tar xzf mdn-browser-compat-data-$(BCD_VERSION).tgz package/data.json && mv package/data.json data.json && rmdir package

# The data folder of MDN's data macros (CSSSyntax, CSSInfo, specification
# titles) and of the compiler of interactive examples in WebAssembly text
# (@mdn/watify, what MDN's page shell uses), made by cmd/doku-data from npm
# packages pinned by version: the newest published by the en-US snapshot's
# date (2026-04-14). The browser tests read the compiler from .mdn/data/wat.
WEBREF_CSS_VERSION ?= 8.5.3
MDN_DATA_VERSION ?= 2.28.0
BROWSER_SPECS_VERSION ?= 4.58.0
WATIFY_VERSION ?= 1.1.9
mdn-data:
	rm -rf .mdn/npm && mkdir -p .mdn/npm
	cd .mdn/npm && npm pack --silent @webref/css@$(WEBREF_CSS_VERSION) mdn-data@$(MDN_DATA_VERSION) browser-specs@$(BROWSER_SPECS_VERSION) \
	    @mdn/watify@$(WATIFY_VERSION) >/dev/null && \
	  for p in webref-css-$(WEBREF_CSS_VERSION) mdn-data-$(MDN_DATA_VERSION) browser-specs-$(BROWSER_SPECS_VERSION) mdn-watify-$(WATIFY_VERSION); do \
	    mkdir -p $$p && tar xzf $$p.tgz -C $$p; done
	$(GO) run ./cmd/doku-data -out .mdn/data \
	  -webref-css .mdn/npm/webref-css-$(WEBREF_CSS_VERSION)/package \
	  -mdn-data .mdn/npm/mdn-data-$(MDN_DATA_VERSION)/package \
	  -browser-specs .mdn/npm/browser-specs-$(BROWSER_SPECS_VERSION)/package \
	  -watify .mdn/npm/mdn-watify-$(WATIFY_VERSION)/package

# The WebAssembly-text compiler alone, into .mdn/data/wat, for the browser
# tests (CI runs it before make test).
mdn-wat:
	rm -rf .mdn/npm-wat && mkdir -p .mdn/npm-wat
	cd .mdn/npm-wat && npm pack --silent @mdn/watify@$(WATIFY_VERSION) >/dev/null && \
	  mkdir -p p && tar xzf mdn-watify-$(WATIFY_VERSION).tgz -C p
	$(GO) run ./cmd/doku-data -out .mdn/data -watify .mdn/npm-wat/p/package

# The real tree built as a user would: from an empty folder, with the
# embedded theme and catalogs.
mdn-site: build
	@test -d .mdn/files || $(MAKE) mdn
	@test -f .mdn/bcd/data.json || $(MAKE) mdn-bcd
	@test -f .mdn/data/css.json || $(MAKE) mdn-data
	mkdir -p .mdn/empty && cd .mdn/empty && ../../doku build -content ../files -bcd ../bcd/data.json -data ../data -out ../site

# What a reader of the real tree sees that MDN would not show: per locale,
# the pages without defect and the pages having each kind, with examples
# (doku defects -json for the same as JSON). Builds the site first if
# there is none. Fails when more than DEFECTS_MAX percent of a locale's
# pages have a defect: the gate CI keeps (the fidelity target is 99 % clean).
DEFECTS_MAX ?= 1
mdn-defects: build
	@test -d .mdn/site || $(MAKE) mdn-site
	./doku defects -out .mdn/site -content .mdn/files -bcd .mdn/bcd/data.json -max-defective $(DEFECTS_MAX)
