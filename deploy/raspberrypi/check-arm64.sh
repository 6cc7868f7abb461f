#!/usr/bin/env bash
# Checks the Pi release without a Pi: builds it with build-release.sh, then runs the linux-arm64
# `kiosk` under qemu user-mode emulation (`--version`, the service up to a 200 from /healthz,
# `doctor --json` against it), and measures start-to-ready and idle RSS against a native x64
# build of the same code. Needs root only the first time, to install qemu and the arm64 ICU.
#   deploy/raspberrypi/check-arm64.sh [--runs-x64 5] [--runs-arm64 3] [--no-bench]
# Exit 0 when --version, the service start and doctor all succeed under emulation.
set -euo pipefail

usage() {
  echo "Usage: check-arm64.sh [--runs-x64 N] [--runs-arm64 N] [--no-bench] [--timeout SECONDS]"
}

runs_x64=5 runs_arm64=3 bench=1 timeout=300
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --runs-x64) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }; runs_x64="$2"; shift 2 ;;
    --runs-arm64) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }; runs_arm64="$2"; shift 2 ;;
    --timeout) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }; timeout="$2"; shift 2 ;;
    --no-bench) bench=0; shift ;;
    *) usage >&2; echo "check-arm64.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="0.0.0-check"
out="$repo/artifacts/check-arm64"
work="$(mktemp -d)"
service_pid=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

say() { printf '== %s\n' "$*"; }
fail() { echo "check-arm64.sh: $*" >&2; exit 1; }

# ------------------------------------------------------------------------- prerequisites
need_install=0
command -v qemu-aarch64-static >/dev/null || need_install=1
dpkg-query -W -f='${Status}' libicu72:arm64 2>/dev/null | grep -q 'install ok installed' || need_install=1
if ((need_install)); then
  [[ "$(id -u)" -eq 0 ]] || fail "qemu-user-static or libicu72:arm64 missing; run as root once, or: sudo dpkg --add-architecture arm64 && sudo apt-get update && sudo apt-get install -y qemu-user-static libicu72:arm64"
  say "installing qemu-user-static libicu72:arm64"
  dpkg --add-architecture arm64
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q qemu-user-static libicu72:arm64
fi
command -v curl >/dev/null || fail "curl not found: apt-get install -y curl"

# ------------------------------------------------------------------------- build
say "building the release (build-release.sh $version)"
"$repo/deploy/raspberrypi/build-release.sh" "$version" >"$work/build-release.log" 2>&1 \
  || { cat "$work/build-release.log" >&2; fail "build-release.sh failed"; }
tarball="$repo/artifacts/kiosk-$version-linux-arm64.tar.gz"
rm -rf "$out"
mkdir -p "$out"
tar -xzf "$tarball" -C "$out"
arm64="$out/kiosk-$version"
[[ -x "$arm64/kiosk" ]] || fail "the release has no kiosk executable"
file "$arm64/kiosk" 2>/dev/null | grep -q aarch64 || fail "$arm64/kiosk is not an aarch64 executable"

if ((bench)); then
  say "publishing the native linux-x64 build for comparison"
  dotnet publish "$repo/src/Kiosk.Host" -c Release -r linux-x64 --self-contained \
    -p:PublishSingleFile=false -o "$out/x64" >"$work/publish-x64.log" 2>&1 \
    || { cat "$work/publish-x64.log" >&2; fail "x64 publish failed"; }
fi

# ------------------------------------------------------------------------- helpers
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_service LABEL DATADIR PORT COMMAND...: starts it in the background, waits for /healthz 200,
# sets service_pid, ready_seconds and rss_kb (VmRSS two seconds after ready).
start_service() {
  local label="$1" data="$2" port="$3"
  shift 3
  local start now
  start="$(date +%s.%N)"
  "$@" run --urls "http://127.0.0.1:$port" "--Kiosk:DataDirectory=$data" --Kiosk:Modem:Transport=none \
    >"$data.log" 2>&1 &
  service_pid=$!
  while :; do
    if ! kill -0 "$service_pid" 2>/dev/null; then
      cat "$data.log" >&2
      service_pid=""
      fail "$label: the service exited before it was ready"
    fi
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)" == 200 ]]; then
      break
    fi
    now="$(date +%s.%N)"
    if awk -v a="$start" -v b="$now" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then
      cat "$data.log" >&2
      fail "$label: /healthz did not answer 200 within ${timeout}s"
    fi
    sleep 0.05
  done
  now="$(date +%s.%N)"
  ready_seconds="$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", b - a }')"
  sleep 2
  rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$service_pid/status")"
}

stop_service() {
  kill "$service_pid"
  wait "$service_pid" 2>/dev/null || true
  service_pid=""
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

qemu=(qemu-aarch64-static)
status=0

# ------------------------------------------------------------------------- under emulation
cd "$arm64"
say "qemu-aarch64-static ./kiosk --version"
if ! "${qemu[@]}" ./kiosk --version; then
  echo "FAILED: kiosk --version under qemu" >&2
  status=1
fi

data="$work/arm64-check"
port="$(free_port)"
say "qemu-aarch64-static ./kiosk run --urls http://127.0.0.1:$port --Kiosk:DataDirectory=$data --Kiosk:Modem:Transport=none"
start_service arm64 "$data" "$port" "${qemu[@]}" ./kiosk
echo "ready (/healthz 200) after ${ready_seconds}s, VmRSS ${rss_kb} kB"
curl -s "http://127.0.0.1:$port/healthz"
echo
curl -s "http://127.0.0.1:$port/api/office" | head -c 300
echo

# doctor against the running service (with the service stopped its "service" line is a FAIL by design);
# LANG=id_ID.UTF-8 makes the CLI speak Indonesian, which needs ICU's id-ID culture data.
say "KIOSK_CONFIG=/nonexistent Kiosk__DataDirectory=$data qemu-aarch64-static ./kiosk doctor --json"
if ! KIOSK_CONFIG=/nonexistent Kiosk__DataDirectory="$data" "${qemu[@]}" ./kiosk doctor --json; then
  echo "FAILED: kiosk doctor --json under qemu" >&2
  status=1
fi
say "LANG=id_ID.UTF-8 ... qemu-aarch64-static ./kiosk doctor"
if ! LANG=id_ID.UTF-8 KIOSK_CONFIG=/nonexistent Kiosk__DataDirectory="$data" "${qemu[@]}" ./kiosk doctor; then
  echo "FAILED: kiosk doctor (id-ID) under qemu" >&2
  status=1
fi
stop_service

# ------------------------------------------------------------------------- benchmark
if ((bench)); then
  declare -a x64_ready=() x64_rss=() a64_ready=() a64_rss=()
  for ((i = 1; i <= runs_x64; i++)); do
    start_service "x64 run $i" "$work/x64-$i" "$(free_port)" "$out/x64/kiosk"
    echo "x64   run $i: ready ${ready_seconds}s, VmRSS ${rss_kb} kB"
    x64_ready+=("$ready_seconds") x64_rss+=("$rss_kb")
    stop_service
  done
  for ((i = 1; i <= runs_arm64; i++)); do
    start_service "arm64 run $i" "$work/arm64-$i" "$(free_port)" "${qemu[@]}" ./kiosk
    echo "arm64 run $i: ready ${ready_seconds}s, VmRSS ${rss_kb} kB (qemu process)"
    a64_ready+=("$ready_seconds") a64_rss+=("$rss_kb")
    stop_service
  done
  say "medians"
  printf 'x64 native       start-to-ready %ss  idle VmRSS %s MB  (%d runs)\n' \
    "$(printf '%s\n' "${x64_ready[@]}" | median)" "$(printf '%s\n' "${x64_rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')" "$runs_x64"
  printf 'arm64 under qemu start-to-ready %ss  idle VmRSS %s MB  (%d runs)\n' \
    "$(printf '%s\n' "${a64_ready[@]}" | median)" "$(printf '%s\n' "${a64_rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')" "$runs_arm64"
fi

say "sizes"
du -sh "$arm64" | awk '{ print "self-contained linux-arm64 publish (+deploy, docs): " $1 }'
du -sh "$tarball" | awk '{ print "release tarball: " $1 }'
if ((bench)); then
  du -sh "$out/x64" | awk '{ print "self-contained linux-x64 publish: " $1 }'
fi

if ((status)); then
  echo "check-arm64.sh: FAILED" >&2
else
  echo "check-arm64.sh: OK"
fi
exit "$status"
