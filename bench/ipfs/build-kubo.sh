#!/usr/bin/env bash
# Builds Kubo (the reference IPFS implementation) for the interoperability
# test and the import benchmark. Kubo's go.mod carries a replace directive, so
# `go install github.com/ipfs/kubo/cmd/ipfs@VERSION` refuses it; instead this
# fetches the module source through the Go module proxy, copies it out of the
# read-only module cache and builds cmd/ipfs as the main module.
#
# Usage: bench/ipfs/build-kubo.sh            -> prints the path of the binary
# Env:   KUBO_VERSION (default v0.43.1), KUBO_OUT (default ~/.cache/westworld/kubo-VERSION)
# The binary is never written into the repository.
set -euo pipefail

version=${KUBO_VERSION:-v0.43.1}
out=${KUBO_OUT:-${XDG_CACHE_HOME:-$HOME/.cache}/westworld/kubo-$version}
bin=$out/ipfs

if [[ -x $bin ]] && "$bin" version >/dev/null 2>&1; then
	echo "$bin"
	exit 0
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

# go mod download needs a module context only for GOFLAGS; run it from the temp dir.
src=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/ipfs/kubo@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [[ -z $src || ! -d $src ]]; then
	echo "build-kubo: could not download github.com/ipfs/kubo@$version" >&2
	exit 1
fi
cp -r "$src" "$work/kubo"
chmod -R u+w "$work/kubo"
# Kubo v0.43.1 replaces go-libp2p with a personal fork (for quic-go >= v0.62
# and webtransport-go >= v0.13) that the module proxy does not serve. The
# released go-libp2p that westworld builds with has both, so use it instead.
if grep -q '^replace github.com/libp2p/go-libp2p =>' "$work/kubo/go.mod"; then
	(cd "$work/kubo" && go mod edit -dropreplace=github.com/libp2p/go-libp2p \
		-require="github.com/libp2p/go-libp2p@${KUBO_LIBP2P:-v0.51.0}")
fi
mkdir -p "$out"
echo "build-kubo: building kubo $version (takes minutes on 2 cores)" >&2
(cd "$work/kubo" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/ipfs)
"$bin" version >&2
echo "$bin"
