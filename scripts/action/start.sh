#!/usr/bin/env bash
# The action's start step (action.yml), a plain script so a test runs it as a job would.
# Reads INPUT_* and the runner's GITHUB_OUTPUT, GITHUB_ENV, GITHUB_WORKSPACE, RUNNER_TEMP;
# starts the mock in the background and waits, bounded, until it answers.
set -euo pipefail
action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${INPUT_PORT:-4010}"
temp="${RUNNER_TEMP:-$(mktemp -d)}"
workspace="${GITHUB_WORKSPACE:-$PWD}"

if [[ -n "${INPUT_VERSION:-}" ]]; then
  prefix="$temp/supportbot-mock-install"
  spec="$INPUT_VERSION"
  # A bare version (1.2.3, ^1, latest) is this package's; anything else is given to npm as is.
  [[ "$spec" =~ ^[~^0-9a-z.*-]+$ && ! -e "$spec" ]] && spec="supportbot-mock@$spec"
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save "$spec" >"$temp/supportbot-mock-install.log" 2>&1 ||
    { cat "$temp/supportbot-mock-install.log"; echo "::error::npm install $spec failed"; exit 1; }
  main="$prefix/node_modules/supportbot-mock/dist/bin/main.js"
else
  main="$action_root/dist/bin/main.js"
  if [[ ! -f "$main" ]]; then
    echo "Building supportbot-mock from the action's checkout"
    (cd "$action_root" && npm ci --ignore-scripts --no-audit --no-fund && npm run build) >"$temp/supportbot-mock-build.log" 2>&1 ||
      { cat "$temp/supportbot-mock-build.log"; echo "::error::building supportbot-mock failed"; exit 1; }
  fi
fi

args=(start --port "$port" --seed "${INPUT_SEED:-1}")
[[ -n "${INPUT_CLOCK:-}" ]] && args+=(--clock "$INPUT_CLOCK")
[[ -n "${INPUT_FIXTURES:-}" ]] && args+=(--fixtures "$(cd "$workspace" && realpath "$INPUT_FIXTURES")")
if [[ -n "${INPUT_ADMIN_TOKEN:-}" ]]; then
  echo "::add-mask::$INPUT_ADMIN_TOKEN"
  export SUPPORTBOT_MOCK_ADMIN_TOKEN="$INPUT_ADMIN_TOKEN"
  [[ -n "${GITHUB_ENV:-}" ]] && echo "SUPPORTBOT_MOCK_ADMIN_TOKEN=$INPUT_ADMIN_TOKEN" >>"$GITHUB_ENV"
fi

log="$temp/supportbot-mock.log"
nohup node "$main" "${args[@]}" >"$log" 2>&1 &
pid=$!
url="http://127.0.0.1:$port"

# Bounded: 60 tries half a second apart, and none once the process has died.
for _ in $(seq 60); do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log"
    echo "::error::supportbot-mock exited before answering"
    exit 1
  fi
  if node -e "fetch('$url/__admin/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    echo "supportbot-mock answers at $url (pid $pid, log $log)"
    [[ -n "${GITHUB_OUTPUT:-}" ]] && echo "url=$url" >>"$GITHUB_OUTPUT"
    if [[ -n "${GITHUB_ENV:-}" ]]; then
      { echo "SUPPORTBOT_MOCK_URL=$url"; echo "SUPPORTBOT_MOCK_PID=$pid"; echo "SUPPORTBOT_MOCK_LOG=$log";
        echo "SUPPORTBOT_MOCK_MAIN=$main"; } >>"$GITHUB_ENV"
    fi
    exit 0
  fi
  sleep 0.5
done
cat "$log"
kill "$pid" 2>/dev/null || true
echo "::error::supportbot-mock did not answer $url/__admin/health within 30 s"
exit 1
