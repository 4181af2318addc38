#!/usr/bin/env bash
# Runs at `mvn package`, before the release archive: stages the CycloneDX SBOM (target/bom.json) as
# target/release/sbom.cdx.json for the archive. The CycloneDX plugin requires online mode, so Maven
# skips it in an offline build (`mvn -o package`); the archive is then made without an SBOM rather
# than failing the build.
#   sbom.sh TARGET_DIR
set -euo pipefail
target="$1"
rm -rf "$target/release"
mkdir -p "$target/release"
if [ -f "$target/bom.json" ]; then
  cp "$target/bom.json" "$target/release/sbom.cdx.json"
else
  echo "SBOM: no target/bom.json (the CycloneDX plugin did not run; Maven skips it offline): the release archive has none"
fi
