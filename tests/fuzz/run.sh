#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 60) on a copy of its seed corpus, two at a time
# (CI has 2 cores). Any crash, hang (a single input over 10 s), out-of-memory or sanitizer report
# fails the run; the reproducer is kept under BUILD_DIR/fuzz-findings/TARGET/.
#   bash tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -uo pipefail
build_dir=${1:?usage: run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
targets=(fuzz_csv fuzz_jsonl fuzz_policy fuzz_calendar fuzz_mapping_profile fuzz_values fuzz_command_line fuzz_connection_string)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
  local target=$1
  local corpus="$work/$target"
  local findings="$build_dir/fuzz-findings/$target"
  mkdir -p "$corpus" "$findings"
  cp -r "$here/corpus/$target/." "$corpus/" 2>/dev/null || true
  if "$build_dir/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" >"$work/$target.log" 2>&1; then
    echo "fuzz: $target: ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$') runs)"
  else
    echo "fuzz: $target: FAILED; reproducer in $findings/" >&2
    tail -n 40 "$work/$target.log" >&2
    return 1
  fi
}

failed=0
pids=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  if [ ${#pids[@]} -eq 2 ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[1]}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
