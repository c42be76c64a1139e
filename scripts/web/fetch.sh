#!/usr/bin/env bash
# Fetches the pages of the `web` set: 65 real Chinese news pages (HTML as crawled, from some 30
# outlets) that ship as test pages in the source distribution of `gne==0.4.3` on PyPI (the
# GeneralNewsExtractor package, MIT licence). The repository holds only what we wrote about
# them (corpus/web/: MANIFEST.tsv, SPLIT.tsv, gold/); the pages go to target/web-pages/Wnn.html,
# each checked against the sha256 of corpus/web/MANIFEST.tsv. Idempotent. Skips with one line
# when the download fails (the eval and the tests then skip the set too).
#
#   scripts/web/fetch.sh            fetch (if needed) and check
set -euo pipefail
cd "$(dirname "$0")/../.."

SDIST_SHA256=26ed77fc2b96d5e9dd28b288ebfdeaf6bf7f034a92b8f75067c64eefffd0b4a9
dir=target/web-data
pages=target/web-pages
manifest=corpus/web/MANIFEST.tsv

if [ -d "$pages" ] && (cd "$pages" && tail -n +2 "../../$manifest" | awk -F'\t' '{print $3"  "$1".html"}' | sha256sum --check --quiet 2>/dev/null); then
  exit 0
fi
mkdir -p "$dir" "$pages"
sdist="$dir/gne-0.4.3.tar.gz"
if [ ! -f "$sdist" ]; then
  if ! python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
      gne==0.4.3 -d "$dir" > "$dir/download.log" 2>&1; then
    echo "SKIP web pages: could not download gne==0.4.3 (see $dir/download.log)"
    exit 0
  fi
fi
echo "$SDIST_SHA256  $sdist" | sha256sum --check --quiet
tar -xzf "$sdist" -C "$dir"
tail -n +2 "$manifest" | while IFS=$'\t' read -r id path sha; do
  cp "$dir/gne-0.4.3/$path" "$pages/$id.html"
done
(cd "$pages" && tail -n +2 "../../$manifest" | awk -F'\t' '{print $3"  "$1".html"}' | sha256sum --check --quiet)
echo "web pages: $(tail -n +2 "$manifest" | wc -l) in $pages/"
