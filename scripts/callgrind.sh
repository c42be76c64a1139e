#!/usr/bin/env bash
# Counts the instructions (callgrind's Ir) of the library's passes, the numbers README's
# "Throughput" and docs/HISTORY.md quote. Needs valgrind. Builds `examples/passes.rs` in the
# release profile (the profile the counts have always used) and prints one line per pass:
#
#   steady corpus    the second of two passes over the 5 corpus/*.txt files (extract_bytes +
#                    to_json per file; only `measured_pass` is collected)
#   steady realdev   the same over the pages of ../shared/realdev (skipped when absent)
#   cold main        Extractor::builder().build() + a first pass over the corpus, main thread
#   cold dict        the build's second thread (jieba's dictionary and model, the layout
#                    parser), in the same run
#   tiny main        the build + one extract of a short text, main thread
#   tiny dict        that run's dictionary thread
#
#   scripts/callgrind.sh            all passes
#   scripts/callgrind.sh steady     only the steady passes (the ones speed work moves)
#
# The callgrind files stay in $CALLGRIND_OUT (default /tmp/zhnews-callgrind) for
#   callgrind_annotate --inclusive=yes $CALLGRIND_OUT/realdev.out | head -60
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
out="${CALLGRIND_OUT:-/tmp/zhnews-callgrind}"
mkdir -p "$out"
nice cargo build -q --release --example passes
bin=target/release/examples/passes

# The total Ir of one callgrind file (its `summary:` or `totals:` line).
total() {
    awk '/^(summary|totals):/ { printf "%.1f M", $2 / 1e6; exit }' "$1"
}

steady() {
    local name=$1 dir=$2
    if [ ! -d "$dir" ]; then
        echo "steady $name: $dir absent, skipped"
        return
    fi
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measured_pass*' \
        --callgrind-out-file="$out/$name.out" "$bin" steady "$dir" >/dev/null 2>"$out/$name.log"
    echo "steady $name: $(total "$out/$name.out")"
}

# A build's main thread (collected inside the pass function) and its dictionary thread
# (collected from its start: only spawned threads run `thread_start`).
cold() {
    local name=$1
    shift
    rm -f "$out/$name.out"-*
    valgrind --tool=callgrind --collect-atstart=no --separate-threads=yes \
        --toggle-collect="*${name}_pass*" --toggle-collect='*thread_start*' \
        --callgrind-out-file="$out/$name.out" "$bin" "$@" >/dev/null 2>"$out/$name.log"
    echo "$name main: $(total "$out/$name.out-01")"
    for file in "$out/$name.out"-0[2-9]; do
        [ -e "$file" ] && echo "$name thread ${file##*-}: $(total "$file")"
    done
}

steady corpus corpus
steady realdev ../shared/realdev
if [ "$which" = all ]; then
    cold cold cold corpus
    cold tiny tiny
fi
