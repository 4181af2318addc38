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

# The class-data archive: a stale or foreign one must only cost the saving, never the start.
release_dir=$(echo "$smoke"/lede-*)
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
if [ -f "$java_home/release" ]; then
  key="$(cksum < "$java_home/release" | cut -d' ' -f1)"
  mkdir -p "$release_dir/cds"
  head -c 4096 /dev/zero > "$release_dir/cds/lede-$key.jsa"
  out=$(env -i PATH="$smoke/bin" HOME="$smoke" "$smoke/bin/bash" "$release_dir/lede" --version)
  echo "release archive smoke test with a broken class-data archive: $out"
  [[ "$out" == lede\ * ]]
  # The archive `mvn package` made for this JDK (if it could) maps as it is.
  target="$(dirname "$archive")"
  if [ -f "$target/cds/lede-$key.jsa" ]; then
    java -Xshare:on -XX:SharedArchiveFile="$target/cds/lede-$key.jsa" -Xlog:cds=off \
      -jar "$target/lede.jar" --version >/dev/null
    echo "class-data archive $target/cds/lede-$key.jsa maps with -Xshare:on"
  fi
fi

# The SBOM ships whenever the CycloneDX plugin made one (an offline build cannot: src/assembly/sbom.sh).
if [ -f "$(dirname "$archive")/bom.json" ]; then
  [ -f "$(echo "$smoke"/lede-*)/sbom.cdx.json" ] || { echo "release archive: sbom.cdx.json missing" >&2; exit 1; }
  echo "release archive smoke test: sbom.cdx.json present"
fi
