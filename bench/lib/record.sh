# Sourced first by every bench script: `. "$(dirname "${BASH_SOURCE[0]}")/lib/record.sh" "$@"`.
# Runs the script again with its standard output also written to docs/results/NAME.md (NAME from
# the command line, e.g. cluster--scale), headed by the command, the commit and the load average,
# then splices every docs/results/*.md into docs/RESULTS.md (bench/results). Only a run that exits
# 0 with some output is recorded; BENCH_RECORD=0 or --help runs record nothing.
if [ -z "${BENCH_RECORDING:-}" ] && [ "${BENCH_RECORD:-1}" != 0 ] \
    && [[ " $* " != *" --help "* && " $* " != *" -h "* ]]; then
  __root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  __command="bench/$(basename "$0")${*:+ $*}"
  __name="$(printf '%s' "${__command#bench/}" | tr -c 'A-Za-z0-9.=,-' '-' | tr -s '-' | sed 's/-$//')"
  __out="$(mktemp)"
  __load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  set +e
  BENCH_RECORDING=1 "$0" "$@" | tee "$__out"
  __rc=${PIPESTATUS[0]}
  if [ "$__rc" -eq 0 ] && [ -s "$__out" ]; then
    mkdir -p "$__root/docs/results"
    {
      printf '### `%s`\n\n' "$__command"
      printf 'Commit %s, %s UTC; load average %s before, %s after.\n\n' \
        "$(git -C "$__root" rev-parse --short HEAD 2>/dev/null || echo '?')" \
        "$(date -u '+%Y-%m-%d %H:%M')" "$__load_before" \
        "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
      printf '```text\n'
      cat "$__out"
      printf '```\n'
    } > "$__root/docs/results/$__name.md"
    "$__root/bench/results" >&2
  fi
  rm -f "$__out"
  exit "$__rc"
fi
