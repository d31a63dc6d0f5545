#!/usr/bin/env bash
# The test command: installs and starts what the tests need, builds, runs `dotnet test` over the solution, and ends
# with one line "N passed, N failed[, N skipped]". Exit code 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Each scripts/services/*.sh installs (if missing) and starts one service the tests use on 127.0.0.1, exports what the
# tests read, and adds its clean-up to cleanup_steps.
cleanup_steps=()
cleanup() { for step in "${cleanup_steps[@]}"; do eval "$step" || true; done; }
trap cleanup EXIT
for service in scripts/services/*.sh; do
  [ -e "$service" ] || continue
  # shellcheck source=/dev/null
  source "$service" || { echo "could not start $(basename "$service" .sh)"; echo "0 passed, 1 failed"; exit 1; }
done

if ! dotnet build Integration.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

log="$(mktemp)"
dotnet test --solution Integration.sln -c Release --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The Microsoft.Testing.Platform summary: "  total: N", "  failed: N", "  succeeded: N", "  skipped: N".
count() { awk -v key="$1" '$1 == key":" { n = $2 } END { print n + 0 }' "$log"; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
