#!/usr/bin/env bash
# The collect action's step (collect/action.yml): the journal, the client report and the
# log into INPUT_PATH, then the mock stopped. Reads what start.sh put in GITHUB_ENV.
set -euo pipefail
out="${GITHUB_WORKSPACE:-$PWD}/${INPUT_PATH:-supportbot-mock}"
url="${SUPPORTBOT_MOCK_URL:?the supportbot-mock action did not run in this job}"
mkdir -p "$out"
auth=()
[[ -n "${SUPPORTBOT_MOCK_ADMIN_TOKEN:-}" ]] && auth=(-H "authorization: Bearer $SUPPORTBOT_MOCK_ADMIN_TOKEN")
status=0
curl -fsS --max-time 10 "${auth[@]}" "$url/__admin/journal" -o "$out/journal.json" || status=$?
node "$SUPPORTBOT_MOCK_MAIN" report --base-url "$url" --markdown "$out/report.md" --junit "$out/report.xml" \
  >"$out/report.txt" || status=$?
if [[ -n "${SUPPORTBOT_MOCK_PID:-}" ]] && kill "$SUPPORTBOT_MOCK_PID" 2>/dev/null; then
  # Bounded wait for it to go (it stops within a second of SIGTERM).
  for _ in $(seq 20); do kill -0 "$SUPPORTBOT_MOCK_PID" 2>/dev/null || break; sleep 0.1; done
fi
cp "$SUPPORTBOT_MOCK_LOG" "$out/supportbot-mock.log" 2>/dev/null || true
[[ -f "$out/report.md" && -n "${GITHUB_STEP_SUMMARY:-}" ]] && cat "$out/report.md" >>"$GITHUB_STEP_SUMMARY"
echo "supportbot-mock: journal and report in $out"
exit "$status"
