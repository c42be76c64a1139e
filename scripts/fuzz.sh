#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (libFuzzer through libfuzzer-sys) for SECONDS each, JOBS
# at a time, and prints one line per target: executions, executions per second, and
# whether it found a crash (a panic: a broken property or offset), a timeout (one input
# over 1 s; inputs are up to 16 KB), an out-of-memory (over 2 GB) or a leak. Exits non-zero on any finding and
# prints the reproducer's path (fuzz/artifacts/TARGET/...); run the target binary on it to
# see the failure again: fuzz/target/HOST/release/TARGET fuzz/artifacts/TARGET/crash-...
#
#   scripts/fuzz.sh SECONDS [TARGET...]        (targets: extract_bytes normalize fragment spliced)
#   scripts/fuzz.sh --build [TARGET...]        builds them only (scripts/test-all.sh does it
#                                              at low priority while other stages run)
#
# Environment:
#   FUZZ_JOBS=2           targets run at a time (CI has 2 cores: 4 targets × 60 s take 2 min)
#   FUZZ_SANITIZER=none   none: the coverage instrumentation alone, with debug assertions and
#                         overflow checks; stable cargo; a cold build is about 5 CPU minutes.
#                         address: AddressSanitizer and LeakSanitizer too (nightly flags,
#                         through RUSTC_BOOTSTRAP=1; needs the compiler-rt runtime, e.g.
#                         Debian's libclang-rt-14-dev) — for long runs.
#   FUZZ_RUNS=N           stop each target after N executions instead of SECONDS.
#   FUZZ_INSTRUMENT=ours  ours: the coverage flags on zhnews and the fuzz crate only, through
#                         scripts/fuzz-rustc.sh; the dependencies build plainly (with the
#                         profile of fuzz/Cargo.toml: 26 % less CPU than before, measured).
#                         all: on every crate, as cargo-fuzz does (coverage feedback inside
#                         regex, html5ever, jieba too), for long runs; address implies it.
#
# Needs only cargo and a C++ compiler (libfuzzer-sys builds libFuzzer): plain `cargo build`
# with the flags cargo-fuzz would pass, so cargo-fuzz is not needed. Build in
# fuzz/target/; seeds are made at each run from corpus/ and tests/cases/ into
# fuzz/target/seeds/TARGET/ (not committed); what a run adds is kept in fuzz/corpus/TARGET/.
#
# Long run (2026-12-02, one job, nice 19, on a machine shared with three other builds):
# see docs/FUZZING.md for the executions per target and what was found.
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:?usage: scripts/fuzz.sh SECONDS|--build [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract_bytes normalize fragment spliced)
jobs="${FUZZ_JOBS:-2}"
sanitizer="${FUZZ_SANITIZER:-none}"
host=$(rustc -vV | sed -n 's/^host: //p')

flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table"
flags+=" -Cllvm-args=-sanitizer-coverage-trace-compares -Cllvm-args=-sanitizer-coverage-stack-depth"
flags+=" -Cllvm-args=-simplifycfg-branch-fold-threshold=0 --cfg fuzzing"
target_dir=fuzz/target
instrument="${FUZZ_INSTRUMENT:-ours}"
if [ "$sanitizer" = address ]; then
  flags+=" -Zsanitizer=address"
  export RUSTC_BOOTSTRAP=1 ASAN_OPTIONS="detect_odr_violation=0:detect_leaks=1"
  target_dir=fuzz/target-asan
  instrument=all
fi
if [ "$instrument" = all ]; then
  build_env=(RUSTFLAGS="$flags")
else
  build_env=(RUSTC_WRAPPER="$PWD/scripts/fuzz-rustc.sh" ZHNEWS_FUZZ_FLAGS="$flags")
fi

echo "fuzz: building ${targets[*]} (sanitizer: $sanitizer, instrumented: $instrument)"
start=$(date +%s)
# `--target` keeps RUSTFLAGS off build scripts and procedural macros (they would not link).
(cd fuzz && env "${build_env[@]}" cargo build --release --quiet --target "$host" --target-dir "../$target_dir" \
  $(printf -- '--bin %s ' "${targets[@]}"))
echo "fuzz: built in $(($(date +%s) - start)) s"
[ "$secs" != --build ] || exit 0

# Seeds: the corpus articles, their paragraphs, and the longest field of every row of the
# case tables; for the structure-aware target a few recipes (op, arg hi, arg lo triples).
seed() {
  local dir="$target_dir/seeds/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$1" = spliced ]; then
    printf '\x00\x00\x01\x00\x00\x07\x03\x00\x05\x02\x00\x09\x05\x00\x01' > "$dir/mixed"
    printf '\x00\x00\x02\x04\x00\x00\x08\x00\x00\x00\x00\x11\x07\x00\x20' > "$dir/traditional"
    printf '\x02\x00\x09\x00\x00\x03\x02\x00\x01\x00\x00\x04\x02\x00\x03' > "$dir/html"
    printf '\x01\x01\x40\x03\x00\x07\x00\x02\x10\x06\x00\x30\x08\x00\x00' > "$dir/cases"
    return 0
  fi
  cp corpus/*.txt "$dir/"
  cat corpus/*.txt tests/cases/* | awk -F'\t' -v dir="$dir" '
    /^#/ || NF == 0 { next }
    { m = ""; for (i = 1; i <= NF; i++) if (length($i) > length(m)) m = $i
      if (m != "") { n++; printf "%s", m > (dir "/line-" n); close(dir "/line-" n) } }'
}

run() {
  local t="$1" log="$target_dir/fuzz-$1.log"
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  local limit=(-max_total_time="$secs")
  [ -z "${FUZZ_RUNS:-}" ] || limit=(-runs="$FUZZ_RUNS")
  local status=ok
  "$target_dir/$host/release/$t" "fuzz/corpus/$t" "$target_dir/seeds/$t" "${limit[@]}" -timeout=1 \
    -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" \
    > "$log" 2>&1 || status=FOUND
  local execs rate kind
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  kind=$(grep -o -m1 -E 'ERROR: (libFuzzer: [a-z-]+|AddressSanitizer|LeakSanitizer)' "$log" || true)
  echo "fuzz $t: ${execs:-?} executions, ${rate:-?}/s: $status ${kind#ERROR: }"
  if [ "$status" != ok ]; then
    tail -n 30 "$log"
    grep -h -o 'Test unit written to .*' "$log" | sed 's/^/fuzz: reproducer: /' || echo "fuzz: log in $log"
    return 1
  fi
}

for t in "${targets[@]}"; do seed "$t"; done
failed=0
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
  run "$t" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
echo "fuzz: done in $(($(date +%s) - start)) s"
exit $failed
