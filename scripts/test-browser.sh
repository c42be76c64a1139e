#!/usr/bin/env bash
# The highlighted view in a real browser: `zhnews show` renders two corpus pages, headless
# Chromium takes a screenshot of each, and scripts/check-screenshot.py checks that it is not
# blank and carries the highlight colours. Chromium and a CJK font (Debian packages chromium,
# fonts-noto-cjk) are installed with apt when absent and the script runs as root; when they
# cannot be had, the test is skipped with one line saying why.
#
#   scripts/test-browser.sh              installs what is absent, then tests
#   scripts/test-browser.sh --install    only installs (scripts/test-all.sh runs it during
#                                        the builds: it waits on the network)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "browser test: installing chromium and fonts-noto-cjk with apt"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            chromium fonts-noto-cjk) >target/apt-browser.log 2>&1 || true
    fi
fi
[ "${1:-}" != --install ] || exit 0
if ! command -v chromium >/dev/null; then
    echo "browser test skipped: chromium is not installed and apt could not install it (not root, or no apt)"
    exit 0
fi

out=target/show-browser
rm -rf "$out" && mkdir -p "$out"
scripts/cargo-ci.sh build --quiet --bins
for page in 003_community_forum_trad_pinyin_mojibake 000_minhang_wha; do
    target/ci/zhnews show "corpus/$page.txt" --out "$out/$page.html"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$out/profile" --window-size=1400,1000 \
        --screenshot="$out/$page.png" "file://$PWD/$out/$page.html" >"$out/chromium.log" 2>&1
done
python3 scripts/check-screenshot.py "$out"/*.png
