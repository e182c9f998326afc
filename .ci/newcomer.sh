#!/usr/bin/env bash
# Newcomer check: clone the repository into a temporary folder and run the README's two Quick start
# lines exactly as written — the first with a time limit and a health check, then the second — so the
# README can never drift from what works. Lines are read from the README, not repeated here.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mapfile -t lines < <(awk '/^## Quick start/{f=1;next} /^## /{f=0} f && /^```/{c=!c;next} f && c && NF' "$repo/README.md" | sed 's/[[:space:]]*#.*$//')
[ "${#lines[@]}" -eq 2 ] || { echo "newcomer: README Quick start must have exactly two command lines, found ${#lines[@]}"; exit 1; }
start_line=${lines[0]} test_line=${lines[1]}

work=$(mktemp -d)
trap 'kill -- -$pid 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/protocol-zero"
# shared/ sits beside the repository, as it does in CI.
[ -e "$work/shared" ] || ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
cd "$work/protocol-zero"

port=${PZ_NEWCOMER_PORT:-18787}
echo "newcomer: $start_line   (PORT=$port)"
( export PORT=$port; set -m; exec setsid bash -c "$start_line" ) > "$work/start.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "newcomer: start exited early"; tail -n 40 "$work/start.log"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { echo "newcomer: not ready after 10 minutes"; tail -n 40 "$work/start.log"; exit 1; }
grep -qi 'http://' "$work/start.log" || { echo "newcomer: start did not print the console URL"; exit 1; }
echo "newcomer: stack is ready on :$port"
kill -- -"$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

echo "newcomer: $test_line"
set +e
bash -c "$test_line"
status=$?
set -e
node "$repo/.ci/summary.mjs" test-results/vitest.json || echo "newcomer: no test report written"
exit $status
