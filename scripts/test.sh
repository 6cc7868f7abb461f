#!/usr/bin/env bash
# Runs the whole test suite: installs the Debian packages the tests drive (when missing and we
# are root), then `dotnet test` over the solution. Results: TestResults/*.trx.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
while read -r package; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < scripts/test-prerequisites.txt

# The UI tests fetch axe-core with npm at build time; this machine kind ships node and npm, so
# they are installed from Debian only when the commands are missing (never over a newer npm).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "test.sh: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing Debian packages: ${missing[*]}" >&2
    echo "         install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

rm -rf TestResults
exec dotnet test Kiosk.sln "$@"
