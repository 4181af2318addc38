#!/usr/bin/env bash
# Runs at `mvn verify`: the release archive must work with nothing but a Java runtime on PATH.
# Unpacks it into an empty folder and asks the launcher for its version (no Maven, no sources).
set -euo pipefail
archive="$1"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
mkdir -p "$smoke/bin"
for tool in bash env dirname find java; do
  ln -s "$(readlink -f "$(command -v "$tool")")" "$smoke/bin/$tool"
done
tar xzf "$archive" -C "$smoke"
out=$(env -i PATH="$smoke/bin" HOME="$smoke" "$smoke/bin/bash" "$smoke"/lede-*/lede --version)
echo "release archive smoke test: $out"
[[ "$out" == lede\ * ]]
