# doku: two commands on a fresh machine with Go: `make site`, `make test`.
GO ?= go

.PHONY: site test vet fmt build clean

# Build this repository's own site into site/.
site:
	$(GO) run ./cmd/doku build -root . -out site

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
	rm -rf site doku
