# doku: two commands on a fresh machine with Go: `make site`, `make test`.
GO ?= go

.PHONY: site test vet fmt build clean bench-tree bcd-subset bench

# Build this repository's own site into site/.
site:
	$(GO) run ./cmd/doku bundle -root . -out site

# Everything CI runs: formatting, vet, and all tests.
test: fmt vet
	$(GO) test ./...

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
	$(GO) run ./internal/compat/bcdsubset -in $(BCD) api.CloseEvent > content/data/browser-compat.json

# doku against goldmark alone and Hugo on the tree above; see
# docs/performance.md. BENCH_FLAGS="-runs 3" repeats every measurement.
BENCH_FLAGS ?=
bench:
	$(GO) build -o $(BENCH_DIR)/bin/doku ./cmd/doku
	$(GO) build -o $(BENCH_DIR)/bin/doku-bench ./cmd/doku-bench
	$(BENCH_DIR)/bin/doku-bench -dir $(BENCH_DIR) -doku $(BENCH_DIR)/bin/doku $(BENCH_FLAGS)
