#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ (cargo-fuzz, libFuzzer with AddressSanitizer and
# LeakSanitizer) for SECONDS each, one after another, and prints one summary line per
# target: executions, and whether it found a crash, a timeout (an input over 1 s) or a leak.
# Exits non-zero on any finding; the input that caused it is in fuzz/artifacts/TARGET/.
#
#   scripts/fuzz.sh SECONDS [TARGET...]
#
# FUZZ_SANITIZER=none builds without AddressSanitizer: several times more executions, and
# the 1 s timeout then measures the code, not the sanitizer (default: address).
#
# Needs cargo and a C toolchain; installs cargo-fuzz from crates.io when it is missing. Uses
# the nightly toolchain where rustup has one, else the stable one with RUSTC_BOOTSTRAP=1
# (the sanitizer flags are unstable). Seeds: the corpus articles and the lines of
# tests/cases/*, copied into fuzz/corpus/TARGET/ (kept between runs, not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract_bytes normalize fragment spliced)

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install --locked cargo-fuzz
fi
toolchain=()
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

seed() {
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || return 0
  if [ "$1" = spliced ]; then
    # Recipes: (op, arg hi, arg lo) triples; paragraphs, markup, damage, mojibake, cuts.
    printf '\x00\x00\x01\x00\x00\x07\x03\x00\x05\x02\x00\x09\x05\x00\x01' > "$dir/mixed"
    printf '\x00\x00\x02\x04\x00\x00\x08\x00\x00\x00\x00\x11\x07\x00\x20' > "$dir/traditional"
    printf '\x02\x00\x09\x00\x00\x03\x02\x00\x01\x00\x00\x04\x02\x00\x03' > "$dir/html"
    return 0
  fi
  cp corpus/*.txt "$dir/"
  local n=0
  for f in tests/cases/*; do
    while IFS= read -r line; do
      n=$((n + 1))
      printf '%s' "$line" > "$dir/case-$n"
    done < <(awk -F'\t' '!/^#/ { m = ""; for (i = 1; i <= NF; i++) if (length($i) > length(m)) m = $i; if (m != "") print m }' "$f" | head -n 200)
  done
}

cd fuzz
failed=0
for t in "${targets[@]}"; do
  (cd .. && seed "$t")
  log="../target/fuzz-$t.log"
  mkdir -p ../target
  status=ok
  cargo "${toolchain[@]}" fuzz run -O -s "${FUZZ_SANITIZER:-address}" "$t" "corpus/$t" -- \
    -max_total_time="$secs" -timeout=1 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    > "$log" 2>&1 || status=FOUND
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  kind=$(grep -o -m1 -E 'ERROR: (libFuzzer: (timeout|deadly signal|out-of-memory)|AddressSanitizer|LeakSanitizer)[^ ]*' "$log" || true)
  echo "fuzz $t: ${execs:-?} executions in ${secs} s: $status ${kind}"
  if [ "$status" != ok ]; then
    failed=1
    tail -n 40 "$log"
  fi
done
exit $failed
