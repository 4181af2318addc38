#!/usr/bin/env bash
# Runs at `mvn package`: makes the class-data (AppCDS) archive that ./lede maps at start-up, for
# the JDK that built the jar. The archive is named by that JDK's release file (./lede computes the
# same name for the java it runs, and uses no archive made for another JDK) and records the jar's
# absolute path. Failing to make it never fails the build: ./lede then starts without one.
#   cds-archive.sh JAVA_HOME TARGET_DIR
set -uo pipefail
java_home="$1"
target="$(cd "$2" && pwd)"
java="$java_home/bin/java"
[ -x "$java" ] && [ -f "$java_home/release" ] && [ -f "$target/lede.jar" ] || exit 0
key="$(cksum < "$java_home/release" | cut -d' ' -f1)"
mkdir -p "$target/cds"
rm -f "$target/cds/lede-$key.jsa"
if "$java" -XX:ArchiveClassesAtExit="$target/cds/lede-$key.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$target/lede.jar" dev.lede.cli.ClassDataTraining >/dev/null 2>&1; then
  echo "class-data archive: $target/cds/lede-$key.jsa"
else
  rm -f "$target/cds/lede-$key.jsa"
  echo "class-data archive: not made (lede starts without one)"
fi
exit 0
