#!/usr/bin/env bash
# Rebuilds the committed contract outputs from src/:
#   artifacts/<Name>.abi, artifacts/<Name>.bin, artifacts/build-info.json   (scripts/compile.js, solc)
#   bindings/<lowercase name>/<lowercase name>.go                          (go tool abigen --v2)
# Same input gives byte-identical output, so CI can run it and `git diff --exit-code`.
#
#   ./build.sh          rebuild in place (what `go generate ./contracts/...` runs)
#   ./build.sh --check  rebuild into a temporary directory and fail if the committed output differs
#
# Needs node >= 18 and npm; pinned solc and OpenZeppelin come from package-lock.json via `npm ci`.
# `go build ./...` never needs any of this: the outputs are committed.
set -euo pipefail
cd "$(dirname "$0")"

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# name of the contract -> Go package under bindings/
contracts=(WestToken WestGovernor WestEmergencyGovernor TimelockController CharterRegistry ExperimentRegistry GuardianRegistry Emergency)

for tool in node npm go; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found in PATH" >&2; exit 1; }
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  echo "build.sh: node >= 18 required, have $(node --version)" >&2
  exit 1
fi

# Install the pinned compiler and library only when the lockfile changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.westworld-lock.sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  npm ci --ignore-scripts --no-audit --no-fund >&2
  echo "$lock_sum" > "$stamp"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node scripts/compile.js "$tmp/artifacts"

abigen=$(go tool -n abigen)
for name in "${contracts[@]}"; do
  pkg=$(echo "$name" | tr '[:upper:]' '[:lower:]')
  mkdir -p "$tmp/bindings/$pkg"
  "$abigen" --v2 --abi "$tmp/artifacts/$name.abi" --bin "$tmp/artifacts/$name.bin" \
    --pkg "$pkg" --type "$name" --out "$tmp/bindings/$pkg/$pkg.go"
done

if [ "$mode" = check ]; then
  if diff -r artifacts "$tmp/artifacts" && diff -r bindings "$tmp/bindings"; then
    echo "contracts: committed artifacts and bindings are in sync"
    exit 0
  fi
  echo "contracts: committed artifacts or bindings differ from a fresh build; run ./build.sh (or make generate)" >&2
  exit 1
fi

rm -rf artifacts bindings
mv "$tmp/artifacts" artifacts
mv "$tmp/bindings" bindings
echo "contracts: wrote artifacts/ and bindings/ (${#contracts[@]} contracts)"
