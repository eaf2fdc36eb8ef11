#!/usr/bin/env bash
# Opens an `ecomgen report` HTML file in headless Chromium (Debian's), offline: takes a
# screenshot, which must be a PNG of some size, dumps the rendered DOM, which must hold the
# charts (inline SVG), and fails on any console message or failed load in Chromium's log. A page with a deliberate console error is checked first, so
# that a detector that sees nothing cannot pass.
# Usage: tests/interop/check_report.sh REPORT.html OUT_DIR
set -euo pipefail
report="$(realpath "$1")"
out="$2"
mkdir -p "$out"

run_chromium() {  # run_chromium PAGE NAME: screenshot, DOM and log of PAGE into OUT_DIR/NAME.*
  local page="$1" name="$2" profile
  profile="$(mktemp -d)"
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
               --disable-background-networking --disable-component-update --disable-sync
               --user-data-dir="$profile" --enable-logging=stderr --v=0
               --window-size=1100,2400)
  timeout 120 chromium "${flags[@]}" --screenshot="$out/$name.png" "file://$page" \
    >/dev/null 2>"$out/$name.screenshot.log" || true
  rm -rf "$profile"
  profile="$(mktemp -d)"
  timeout 120 chromium "${flags[@]}" --dump-dom "file://$page" \
    >"$out/$name.dom.html" 2>"$out/$name.log" || true
  rm -rf "$profile"
}

# Console messages, which Chromium logs as CONSOLE lines whatever their level (the report has
# no scripts, so any one is a problem: a blocked load, a parse error), and failed loads.
console_problems() {
  grep -hE ':CONSOLE[:(]|net::ERR_' "$@" || true
}

probe="$out/probe.html"
printf '<!DOCTYPE html><html><body><p>probe</p><script>console.error("probe error")</script></body></html>\n' >"$probe"
run_chromium "$(realpath "$probe")" probe
if [[ -z "$(console_problems "$out/probe.log" "$out/probe.screenshot.log")" ]]; then
  echo "check_report: the console error of the probe page was not seen; cannot check" >&2
  exit 1
fi

run_chromium "$report" report
problems="$(console_problems "$out/report.log" "$out/report.screenshot.log")"
if [[ -n "$problems" ]]; then
  echo "check_report: console errors while rendering $report:" >&2
  echo "$problems" >&2
  exit 1
fi
size="$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)"
if [[ "$(head -c 8 "$out/report.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ||
      "$size" -lt 20000 ]]; then
  echo "check_report: no screenshot (or a blank one: $size bytes) of $report" >&2
  cat "$out/report.screenshot.log" >&2
  exit 1
fi
charts="$(grep -o '<svg class="chart"' "$out/report.dom.html" | wc -l)"
if (( charts < 3 )) || ! grep -q 'Every check' "$out/report.dom.html"; then
  echo "check_report: the rendered page lacks its charts ($charts) or its check table" >&2
  exit 1
fi
echo "ok   report renders: $charts charts, screenshot $size bytes, no console errors"
