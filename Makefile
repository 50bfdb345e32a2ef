# westworld — see README.md. Every target works on a fresh machine of the
# kind the README names once `.ci/run` (or `make deps`) has installed the
# system packages.
export PATH := /usr/local/go/bin:$(PATH)
GO      ?= go
BIN     ?= bin/westworld
HOME_DIR ?= $(if $(WESTWORLD_HOME),$(WESTWORLD_HOME),$(HOME)/.westworld)
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/x0tta6bl4/westworld/node.Version=$(VERSION) -X github.com/x0tta6bl4/westworld/p2p.UserAgent=westworld/$(VERSION)

# Packages that run goroutines get a second pass under the race detector.
RACE_PKGS := ./p2p/... ./node/... ./storage/... ./bpf/... ./chain/...
# Not raced again: the two cradle sandbox runs (two minutes), whose nodes are
# child processes the detector cannot see; the first pass runs them.
RACE_SKIP := ^(TestLocalNodeKill|TestNetnsChaos)$$

.PHONY: all build run devnet test test-race lint generate check-generated bench deps clean

all: build

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/westworld

## run: a node on the default home ($$WESTWORLD_HOME or ~/.westworld), created on first use.
run: build
	@test -f $(HOME_DIR)/config.yaml || $(BIN) init --home $(HOME_DIR)
	$(BIN) daemon --dev --home $(HOME_DIR)

## devnet: an embedded dev chain and three local nodes sharing it, for trying governance end to end.
devnet: build
	$(BIN) devnet --nodes 3

## test: vet and format check, every test, then the race detector on the concurrent packages.
test: lint
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race -skip '$(RACE_SKIP)' $(shell $(GO) list -e $(RACE_PKGS) 2>/dev/null)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go'; git ls-files -o --exclude-standard '*.go')); \
	  if [ -n "$$out" ]; then echo "not gofmt-ed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## generate: rebuild protobuf, eBPF objects and contract artifacts/bindings.
generate:
	$(GO) generate ./...

## check-generated: regenerate and fail if the committed output differs.
check-generated: generate
	@if [ -n "$$(git status --porcelain)" ]; then git status --short; git diff --stat; \
	  echo "generated code differs from the committed files: run make generate and commit"; exit 1; fi

## bench: the Go benchmarks (the side-by-side scripts live in bench/).
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s ./p2p/ ./node/... ./storage/... ./bpf/ ./contracts/

## deps: the Debian packages generate and the root tests need (run as root).
deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	  clang llvm libbpf-dev protobuf-compiler iproute2 iputils-ping iptables nftables ca-certificates git make

clean:
	rm -rf bin
