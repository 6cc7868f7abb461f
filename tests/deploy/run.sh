#!/usr/bin/env bash
# Checks everything in deploy/raspberrypi that can be checked without a Raspberry Pi:
# the shellcheck linter, install.sh in a throw-away root (idempotence, update, rollback, pruning, bad input),
# systemd-analyze verify and security, the udev rules (udev's own parser and a strict lint),
# the polkit power-off rule against a real polkitd. Exit 0 when every check passes.
# Run: bash tests/deploy/run.sh   (as root: the udev and polkit checks use private namespaces)
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deploy="$repo/deploy/raspberrypi"
tests="$repo/tests/deploy"
readonly MAX_EXPOSURE="3.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
passes=0
pass() { passes=$((passes + 1)); printf 'ok    %s\n' "$1"; }
fail() { failures=$((failures + 1)); printf 'FAIL  %s\n' "$1"; shift; [[ $# -gt 0 ]] && printf '      %s\n' "$@"; }
expect() { # expect NAME COMMAND...: passes when COMMAND succeeds
  local name="$1"; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}

# --------------------------------------------------------------------------- prerequisites
missing=()
need() { command -v "$1" >/dev/null 2>&1 || [[ -x "$1" ]] || missing+=("$1 (apt-get install -y $2)"); }
need shellcheck shellcheck
need systemd-analyze systemd
need udevadm udev
need unshare util-linux
need setpriv util-linux
need python3 python3
need curl curl
need dbus-daemon dbus-daemon
need pkcheck polkitd
need /usr/lib/polkit-1/polkitd polkitd
if ((${#missing[@]} > 0)); then
  printf 'FAIL  prerequisites missing:\n'
  printf '      %s\n' "${missing[@]}"
  printf '      all of them: apt-get install -y shellcheck systemd udev util-linux python3 curl dbus-daemon polkitd\n'
  exit 1
fi
if [[ "$(id -u)" -ne 0 ]]; then
  printf 'FAIL  run as root: the udev and polkit checks need private mount and PID namespaces\n'
  exit 1
fi

# --------------------------------------------------------------------------- (a) shellcheck
mapfile -t scripts < <({ find "$deploy" "$tests" -name '*.sh'; find "$tests/fake-bin" -type f; } | sort)
if out="$(shellcheck --severity=style --shell=bash "${scripts[@]}" 2>&1)"; then
  pass "shellcheck is clean on ${#scripts[@]} scripts"
else
  fail "shellcheck" "$out"
fi

# --------------------------------------------------------------------------- (b) install.sh
make_release() { # make_release DIR VERSION: a fake release (the binary prints its version)
  mkdir -p "$1/deploy/raspberrypi" "$1/docs"
  printf '#!/bin/sh\necho "kiosk %s"\n' "$2" >"$1/kiosk"
  chmod 0755 "$1/kiosk"
  printf '%s\n' "$2" >"$1/VERSION"
  printf 'fake runtime of %s\n' "$2" >"$1/kiosk.dll"
  cp "$deploy"/* "$1/deploy/raspberrypi/"
}
tree_of() { # every path with type, mode, link target and content hash
  (cd "$1" && find . -path ./proc -prune -o -printf '%p %y %m %l\n' | sort &&
    find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}
install_into() { # install_into ROOT ARGS...; output in $work/out, exit code in $rc
  KIOSK_ROOT="$1" bash "$deploy/install.sh" "${@:2}" >"$work/out" 2>&1
  rc=$?
}

root="$work/root"
mkdir -p "$root/boot/firmware"
printf '# Raspberry Pi config\ndtparam=audio=on\ndtparam=i2c_arm=off\n' >"$root/boot/firmware/config.txt"
make_release "$work/r1" 1.0.0
make_release "$work/r2" 2.0.0

install_into "$root" --release "$work/r1"
if ((rc == 0)); then pass "install.sh installs release 1.0.0 into a test root"; else fail "install.sh install 1.0.0 (exit $rc)" "$(cat "$work/out")"; fi
expect "current points at releases/1.0.0" test "$(readlink "$root/opt/kiosk/current")" = "releases/1.0.0"
expect "/usr/local/bin/kiosk points at the current release's binary" \
  test "$(readlink "$root/usr/local/bin/kiosk")" = "/opt/kiosk/current/kiosk"
expect "the kiosk command runs the current release" test "$("$root/opt/kiosk/current/kiosk")" = "kiosk 1.0.0"
expect "a default /etc/kiosk/kiosk.json is written, mode 0640" test "$(stat -c %a "$root/etc/kiosk/kiosk.json")" = "640"
expect "the default kiosk.json is valid JSON" python3 -m json.tool "$root/etc/kiosk/kiosk.json" >/dev/null
expect "/var/lib/kiosk is mode 0750" test "$(stat -c %a "$root/var/lib/kiosk")" = "750"
for pair in "kiosk.service:etc/systemd/system/kiosk.service" "kiosk-browser.service:etc/systemd/system/kiosk-browser.service" \
  "99-kiosk.rules:etc/udev/rules.d/99-kiosk.rules" "50-kiosk-poweroff.rules:etc/polkit-1/rules.d/50-kiosk-poweroff.rules" \
  "kiosk-browser.sh:usr/local/lib/kiosk/kiosk-browser.sh"; do
  expect "  $(basename "${pair#*:}") is installed" cmp -s "$deploy/${pair%%:*}" "$root/${pair#*:}"
done
expect "the kiosk user is created with no login shell and home /var/lib/kiosk" \
  grep -q "would run: useradd --system --home-dir /var/lib/kiosk --no-create-home --shell /usr/sbin/nologin .* kiosk$" "$work/out"
expect "kiosk joins dialout, gpio, i2c, lp and kiosk-admin" \
  grep -q "would run: usermod --append --groups dialout,gpio,i2c,lp,kiosk-admin kiosk" "$work/out"
expect "system commands are only printed in a test root (no real systemctl)" \
  grep -q "would run: systemctl restart kiosk.service" "$work/out"
expect "nothing was installed on the real system" test ! -e /etc/systemd/system/kiosk.service -o -n "${KIOSK_TEST_ALLOW_REAL:-}"

# Idempotence: a provisioned config survives, and a second run changes nothing.
printf '{ "Kiosk": { "Office": { "Name": "Kecamatan Test" } } }\n' >"$root/etc/kiosk/kiosk.json"
tree_of "$root" >"$work/tree1"
install_into "$root" --release "$work/r1"
tree_of "$root" >"$work/tree2"
if ((rc == 0)) && cmp -s "$work/tree1" "$work/tree2"; then
  pass "installing the same release twice leaves the same tree"
else
  fail "second install changed the tree (exit $rc)" "$(diff "$work/tree1" "$work/tree2" | head -20)"
fi
expect "an existing kiosk.json is never overwritten" grep -q "Kecamatan Test" "$root/etc/kiosk/kiosk.json"

# Update, then roll back.
install_into "$root" --release "$work/r2"
expect "an update to 2.0.0 switches current" test "$(readlink "$root/opt/kiosk/current")" = "releases/2.0.0"
expect "the previous release stays for rollback" test -x "$root/opt/kiosk/releases/1.0.0/kiosk"
install_into "$root" --rollback
expect "--rollback points current back at 1.0.0" test "$(readlink "$root/opt/kiosk/current")" = "releases/1.0.0"
expect "--rollback restarts the service" grep -q "would run: systemctl restart kiosk.service" "$work/out"
expect "after the rollback the kiosk command runs 1.0.0" test "$("$root/usr/local/bin/kiosk" 2>/dev/null || "$root/opt/kiosk/current/kiosk")" = "kiosk 1.0.0"
install_into "$root" --rollback
expect "a second --rollback with nothing older fails and says so" \
  test "$rc" -ne 0 -a "$(grep -c "no release older than 1.0.0" "$work/out")" -eq 1

# Only the last three releases stay.
for v in 3.0.0 4.0.0; do make_release "$work/r$v" "$v"; install_into "$root" --release "$work/r$v"; done
expect "four installs keep the newest three releases" \
  test "$(cd "$root/opt/kiosk/releases" && echo *)" = "2.0.0 3.0.0 4.0.0"
expect "no temporary link or staging folder is left behind" \
  test -z "$(find "$root/opt/kiosk" "$root/usr/local/bin" -name '.*' ! -name . | head -1)"

# A tarball named kiosk-V-linux-arm64.tar.gz with the release in one folder and no VERSION file.
make_release "$work/tar/kiosk-5.0.0" 5.0.0
rm "$work/tar/kiosk-5.0.0/VERSION"
tar -czf "$work/kiosk-5.0.0-linux-arm64.tar.gz" -C "$work/tar" kiosk-5.0.0
install_into "$root" --release "$work/kiosk-5.0.0-linux-arm64.tar.gz"
expect "a release tarball installs, its version taken from the name" \
  test "$rc" -eq 0 -a "$(readlink "$root/opt/kiosk/current")" = "releases/5.0.0"

# RTC: the overlay and I2C once, however often it runs.
install_into "$root" --release "$work/r2" --rtc --no-start
install_into "$root" --release "$work/r2" --rtc --no-start
config="$root/boot/firmware/config.txt"
expect "--rtc adds dtoverlay=i2c-rtc,ds3231 exactly once" test "$(grep -cxF 'dtoverlay=i2c-rtc,ds3231' "$config")" -eq 1
expect "--rtc turns dtparam=i2c_arm on (and leaves no 'off')" \
  test "$(grep -c '^dtparam=i2c_arm=' "$config")" -eq 1 -a "$(grep -cx 'dtparam=i2c_arm=on' "$config")" -eq 1
expect "--rtc keeps the rest of config.txt" grep -qx 'dtparam=audio=on' "$config"
expect "--rtc loads i2c-dev at boot" grep -qx 'i2c-dev' "$root/etc/modules-load.d/kiosk-i2c.conf"
mkdir -p "$work/oldroot/boot"
printf 'gpu_mem=64\n' >"$work/oldroot/boot/config.txt"
install_into "$work/oldroot" --release "$work/r1" --rtc --no-start
expect "--rtc uses /boot/config.txt on older images" grep -qxF 'dtoverlay=i2c-rtc,ds3231' "$work/oldroot/boot/config.txt"

# Bad input gets a clear answer and changes nothing.
tree_of "$root" >"$work/before-bad"
bad() { # bad NAME EXPECTED-MESSAGE ARGS...
  local name="$1" message="$2"; shift 2
  install_into "$root" "$@"
  if ((rc != 0)) && grep -qF -- "$message" "$work/out"; then pass "$name"; else fail "$name (exit $rc)" "$(cat "$work/out")"; fi
}
bad "a missing release is refused" "release not found" --release "$work/nowhere"
mkdir -p "$work/empty"
bad "a folder without the kiosk binary is refused" "is not a Kiosk release" --release "$work/empty"
bad "a version with a slash is refused" "bad version" --release "$work/r1" --version "../../etc"
bad "an unknown option is refused" "unknown argument: --frobnicate" --frobnicate
printf 'not a tarball' >"$work/kiosk-9.9.9-linux-arm64.tar.gz"
bad "a damaged tarball is refused" "cannot unpack" --release "$work/kiosk-9.9.9-linux-arm64.tar.gz"
mkdir -p "$work/noboot"
KIOSK_ROOT="$work/noboot" bash "$deploy/install.sh" --release "$work/r1" --rtc --no-start >"$work/out" 2>&1
expect "--rtc without any config.txt says where it looked" grep -q "neither /boot/firmware/config.txt nor /boot/config.txt" "$work/out"
tree_of "$root" >"$work/after-bad"
if cmp -s "$work/before-bad" "$work/after-bad"; then
  pass "bad input left the installed tree as it was"
else
  fail "bad input changed the installed tree" "$(diff "$work/before-bad" "$work/after-bad" | head -10)"
fi
exec 8>"$root/run/lock/kiosk-install.lock" # this shell plays the install that is running
flock 8
KIOSK_LOCK_WAIT=1 install_into "$root" --release "$work/r1"
exec 8>&-
expect "a second install while one runs waits, then gives up and says why" \
  test "$rc" -ne 0 -a "$(grep -c 'another install.sh has held' "$work/out")" -eq 1
expect "--help explains the options" bash -c "bash '$deploy/install.sh' --help | grep -q -- '--rollback'"

install_into "$root" --uninstall
expect "--uninstall removes /opt/kiosk, the unit and the kiosk command" \
  test "$rc" -eq 0 -a ! -e "$root/opt/kiosk" -a ! -e "$root/etc/systemd/system/kiosk.service" -a ! -L "$root/usr/local/bin/kiosk"
expect "--uninstall keeps the configuration and the data" test -f "$root/etc/kiosk/kiosk.json" -a -d "$root/var/lib/kiosk"

# The laptop-side scripts answer --help and refuse a missing argument.
expect "provision-remote.sh --help lists update and rollback" \
  bash -c "bash '$deploy/provision-remote.sh' --help | grep -q 'HOST rollback'"
bash "$deploy/provision-remote.sh" >/dev/null 2>&1
expect "provision-remote.sh without a HOST exits 2" test $? -eq 2
bash "$deploy/build-release.sh" >/dev/null 2>&1
expect "build-release.sh without a VERSION exits 2" test $? -eq 2
bash "$deploy/build-release.sh" "1.0/../x" >/dev/null 2>&1
expect "build-release.sh refuses a version with a slash" test $? -eq 2

# provision-remote.sh end to end, with ssh/rsync/sudo/systemd-run/kiosk replaced by the doubles in
# fake-bin: the remote commands run here, install.sh into a test root.
make_tarball() { # make_tarball VERSION: artifacts/kiosk-VERSION-linux-arm64.tar.gz (+ .sha256) as build-release.sh lays it out
  make_release "$work/stage/kiosk-$1" "$1"
  mkdir -p "$work/artifacts"
  tar --sort=name -C "$work/stage" -czf "$work/artifacts/kiosk-$1-linux-arm64.tar.gz" "kiosk-$1"
  (cd "$work/artifacts" && sha256sum "kiosk-$1-linux-arm64.tar.gz" >"kiosk-$1-linux-arm64.tar.gz.sha256")
}
remote_root="$work/remote-root"
mkdir -p "$remote_root" "$work/upload"
printf '{ "Kiosk": { "Office": { "Name": "Kecamatan Remote" }, "Upstream": { "Token": "secret" } } }\n' >"$work/site.json"
provision() { # provision ARGS...: output in $work/out, exit code in $rc
  PATH="$tests/fake-bin:$PATH" KIOSK_ROOT="$remote_root" KIOSK_UPLOAD_DIR="$work/upload" \
    KIOSK_REMOTE_OPT_DIR="$remote_root/opt/kiosk" KIOSK_RETRY_DELAY=0 FAKE_LOG="$work/fake.log" \
    bash "$deploy/provision-remote.sh" "$@" >"$work/out" 2>&1
  rc=$?
}
make_tarball 6.0.0
: >"$work/fake.log"
FAKE_RSYNC_FAILURES=2 provision pi@kiosk.local --release "$work/artifacts/kiosk-6.0.0-linux-arm64.tar.gz" \
  --config "$work/site.json" --ssh-opts "-p 2222 -o BatchMode=yes"
if ((rc == 0)); then pass "provision-remote.sh provisions a host"; else fail "provision-remote.sh provision (exit $rc)" "$(cat "$work/out")"; fi
expect "  the release is installed there (current -> releases/6.0.0)" test "$(readlink "$remote_root/opt/kiosk/current")" = "releases/6.0.0"
expect "  a dropped upload is retried with rsync --partial until it arrives" \
  test "$(grep -c '^rsync .*--partial.*kiosk-6.0.0-linux-arm64.tar.gz ' "$work/fake.log")" -eq 3
expect "  the ssh options reach ssh" grep -q -- "-p 2222 -o BatchMode=yes" "$work/fake.log"
expect "  the install runs as a systemd job on the Pi" grep -q "^systemd-run /bin/bash .*/install.sh --release" "$work/fake.log"
expect "  kiosk provision --from gets the site file" cmp -s "$work/site.json" "$work/fake.log.provisioned"
expect "  kiosk doctor runs last" test "$(grep '^kiosk ' "$work/fake.log" | tail -1)" = "kiosk doctor"
expect "  the site file (it holds the token) and the tarball are deleted from the Pi" \
  test -z "$(ls -A "$work/upload")"
make_tarball 7.0.0
provision pi@kiosk.local update --release "$work/artifacts/kiosk-7.0.0-linux-arm64.tar.gz"
expect "provision-remote.sh HOST update installs the new release" \
  test "$rc" -eq 0 -a "$(readlink "$remote_root/opt/kiosk/current")" = "releases/7.0.0"
provision pi@kiosk.local rollback
expect "provision-remote.sh HOST rollback goes back to the previous release" \
  test "$rc" -eq 0 -a "$(readlink "$remote_root/opt/kiosk/current")" = "releases/6.0.0"
FAKE_RSYNC_FAILURES=99 provision pi@kiosk.local update --retries 2 --release "$work/artifacts/kiosk-7.0.0-linux-arm64.tar.gz"
expect "an upload that never completes gives up after --retries and says so" \
  test "$rc" -ne 0 -a "$(grep -c 'could not upload' "$work/out")" -eq 1
expect "  and leaves the installed release alone" test "$(readlink "$remote_root/opt/kiosk/current")" = "releases/6.0.0"
printf 'tampered' >>"$work/artifacts/kiosk-7.0.0-linux-arm64.tar.gz"
provision pi@kiosk.local update --release "$work/artifacts/kiosk-7.0.0-linux-arm64.tar.gz"
expect "a release that does not match its .sha256 is not uploaded" \
  test "$rc" -ne 0 -a "$(grep -c 'does not match its .sha256' "$work/out")" -eq 1
ssh_calls="$(grep -c '^ssh' "$work/fake.log")"
provision pi@kiosk.local --config "$work/nowhere.json" --release "$work/artifacts/kiosk-6.0.0-linux-arm64.tar.gz"
expect "a missing --config file is refused by name, before anything is uploaded" \
  test "$rc" -ne 0 -a "$(grep -c 'config not found' "$work/out")" -eq 1 -a "$(grep -c '^ssh' "$work/fake.log")" -eq "$ssh_calls"

# kiosk-browser.sh: waits for /healthz (any HTTP answer), then starts Chromium with the kiosk flags.
python3 -c '
import http.server
class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503 if self.path == "/healthz" else 200)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Health)
print(server.server_address[1], flush=True)
server.serve_forever()' >"$work/port" &
server=$!
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")/"
PATH="$tests/fake-bin:$PATH" FAKE_LOG="$work/fake.log" KIOSK_URL="$url" KIOSK_WAIT_SECONDS=10 \
  bash "$deploy/kiosk-browser.sh" >"$work/out" 2>&1
rc=$?
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
if ((rc == 0)) && [[ "$(tail -n 1 "$work/fake.log.chromium" 2>/dev/null)" == "$url" ]]; then
  pass "kiosk-browser.sh starts Chromium on the UI once /healthz answers (a 503 counts)"
else
  fail "kiosk-browser.sh with a service answering 503 (exit $rc)" "$(cat "$work/out")"
fi
for flag in --kiosk --noerrdialogs --disable-infobars --incognito --disable-pinch --overscroll-history-navigation=0 \
  --check-for-update-interval=31536000 --disable-features=Translate; do
  expect "  Chromium gets $flag" grep -qxF -- "$flag" "$work/fake.log.chromium"
done
rm -f "$work/fake.log.chromium"
# With a display URL, a second window opens the waiting-room display with sound allowed, then the UI as before.
python3 -c '
import http.server
class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Health)
print(server.server_address[1], flush=True)
server.serve_forever()' >"$work/port2" &
server=$!
for _ in $(seq 50); do [[ -s "$work/port2" ]] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port2")/"
printf 'http://127.0.0.1:8081/display#token=t0k3n\n' >"$work/display.url"
PATH="$tests/fake-bin:$PATH" FAKE_LOG="$work/fake.log" KIOSK_URL="$url" KIOSK_WAIT_SECONDS=10 KIOSK_DISPLAY_FILE="$work/display.url" \
  bash "$deploy/kiosk-browser.sh" >"$work/out" 2>&1
rc=$?
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
for _ in $(seq 50); do [[ "$(grep -c -- '--kiosk' "$work/fake.log.chromium" 2>/dev/null)" -ge 2 ]] && break; sleep 0.1; done
expect "kiosk-browser.sh opens the waiting-room display in a second window when display.url is set" \
  test "$rc" -eq 0 -a "$(grep -cxF 'http://127.0.0.1:8081/display#token=t0k3n' "$work/fake.log.chromium")" -eq 1 \
  -a "$(grep -cxF -- '--autoplay-policy=no-user-gesture-required' "$work/fake.log.chromium")" -eq 1 \
  -a "$(grep -cxF "$url" "$work/fake.log.chromium")" -eq 1
rm -f "$work/fake.log.chromium"
PATH="$tests/fake-bin:$PATH" FAKE_LOG="$work/fake.log" KIOSK_URL="http://127.0.0.1:9/" KIOSK_WAIT_SECONDS=2 \
  bash "$deploy/kiosk-browser.sh" >"$work/out" 2>&1
rc=$?
expect "kiosk-browser.sh gives up when nothing answers, says so, and starts no browser" \
  test "$rc" -ne 0 -a "$(grep -c 'did not answer' "$work/out")" -eq 1 -a ! -e "$work/fake.log.chromium"

# --------------------------------------------------------------------------- (c) systemd-analyze verify
# The real ExecStart binaries are not on this machine: verify copies whose commands point at fakes.
mkdir -p "$work/units"
printf '#!/bin/sh\nexit 0\n' >"$work/units/fake"
chmod 0755 "$work/units/fake"
sed -e "s|^ExecStart=/opt/kiosk/current/kiosk|ExecStart=$work/units/fake|" "$deploy/kiosk.service" >"$work/units/kiosk.service"
sed -e "s|^ExecStart=/usr/bin/cage|ExecStart=$work/units/fake|" "$deploy/kiosk-browser.service" >"$work/units/kiosk-browser.service"
for unit in kiosk.service kiosk-browser.service; do
  if out="$(cd "$work/units" && systemd-analyze verify "./$unit" 2>&1)" && [[ -z "$out" ]]; then
    pass "systemd-analyze verify $unit is clean"
  else
    fail "systemd-analyze verify $unit" "$out"
  fi
done
# verify exits 0 even on warnings: the check above reads its output, and this shows it would see one.
sed -e 's/^DeviceAllow=char-usb rw$/DeviceAllow=char-usb rwx/' "$work/units/kiosk.service" >"$work/units/broken.service"
expect "a unit with a bad setting makes systemd-analyze verify talk" \
  grep -q "Invalid device rights 'rwx'" <(cd "$work/units" && systemd-analyze verify ./broken.service 2>&1)
expect "the verified copy differs from the shipped unit only in ExecStart" \
  test "$(diff "$deploy/kiosk.service" "$work/units/kiosk.service" | grep -c '^[<>]')" -eq 2

# --------------------------------------------------------------------------- (d) security score
security="$(systemd-analyze security --offline=yes "$work/units/kiosk.service" 2>&1)"
score="$(sed -n 's/.*Overall exposure level for kiosk.service: \([0-9][0-9.]*\).*/\1/p' <<<"$security")"
if [[ -z "$score" ]]; then
  fail "systemd-analyze security printed no score" "$(tail -5 <<<"$security")"
elif awk -v s="$score" -v m="$MAX_EXPOSURE" 'BEGIN { exit !(s <= m) }'; then
  pass "systemd-analyze security rates kiosk.service $score (at most $MAX_EXPOSURE)"
else
  fail "kiosk.service exposure $score is above $MAX_EXPOSURE" "$(grep '✗' <<<"$security")"
fi
for setting in "Type=notify" "NotifyAccess=main" "WatchdogSec=30s" "Restart=always" "User=kiosk" \
  "ProtectSystem=strict" "NoNewPrivileges=yes" "DevicePolicy=closed" "CapabilityBoundingSet=" \
  "MemoryDenyWriteExecute=no" "DeviceAllow=char-usb rw" "DeviceAllow=char-ttyUSB rw"; do
  expect "kiosk.service sets $setting" grep -qxF "$setting" "$deploy/kiosk.service"
done

# --------------------------------------------------------------------------- (e) udev rules
if out="$(python3 "$tests/udev_lint.py" "$deploy/99-kiosk.rules")"; then
  pass "99-kiosk.rules passes the strict lint"
else
  fail "99-kiosk.rules lint" "$out"
fi
printf 'KERNEL=="ttyUSB0" SYMLINK+="x"\nKERNEL="a", GOTO="nowhere"\n' >"$work/bad.rules"
expect "the lint rejects a rules file with a missing comma, a bad operator and a lost GOTO" \
  test "$(python3 "$tests/udev_lint.py" "$work/bad.rules" | wc -l)" -eq 3
# udev's own parser: udevadm test reads every rules file; ours goes in a private /run/udev/rules.d.
mkdir -p "$work/udev"
cp "$deploy/99-kiosk.rules" "$work/udev/"
udev_out="$(unshare -m bash -c "mount --make-rprivate / && mkdir -p /run/udev/rules.d &&
  mount -t tmpfs none /run/udev/rules.d && cp '$work/udev/99-kiosk.rules' /run/udev/rules.d/ &&
  udevadm test --action=add /sys/class/tty/console" 2>&1)"
if ! grep -q "Reading rules file: /run/udev/rules.d/99-kiosk.rules" <<<"$udev_out"; then
  fail "udevadm test did not read 99-kiosk.rules" "$(tail -5 <<<"$udev_out")"
elif problems="$(grep '99-kiosk.rules:' <<<"$udev_out" | grep -v "Unknown group '\(gpio\|i2c\)'")" && [[ -n "$problems" ]]; then
  fail "udev's parser complains about 99-kiosk.rules" "$problems"
else
  pass "udev's own parser accepts 99-kiosk.rules (udevadm test)"
fi
expect "the rules name /dev/kiosk-modem and /dev/kiosk-printer" \
  test "$(grep -c 'SYMLINK+="kiosk-modem"' "$deploy/99-kiosk.rules")" -ge 4 -a "$(grep -c 'SYMLINK+="kiosk-printer"' "$deploy/99-kiosk.rules")" -ge 4

# --------------------------------------------------------------------------- polkit power-off
# A private system bus and a real polkitd in fresh mount + PID namespaces: our rule in a private
# rules.d, users kiosk and other in a private /etc/passwd. Everything dies with the namespace.
mkdir -p "$work/pk"
cp "$deploy/50-kiosk-poweroff.rules" "$work/pk/"
cp /etc/passwd "$work/pk/passwd"
printf 'kiosk:x:64999:64999::/nonexistent:/usr/sbin/nologin\nother:x:64998:64998::/nonexistent:/usr/sbin/nologin\n' >>"$work/pk/passwd"
cat >"$work/pk/check.sh" <<EOF
set -e
mount --make-rprivate /
mkdir -p /run/dbus && mount -t tmpfs none /run/dbus
mkdir -p /etc/polkit-1/rules.d && mount -t tmpfs none /etc/polkit-1/rules.d
cp '$work/pk/50-kiosk-poweroff.rules' /etc/polkit-1/rules.d/
mount --bind '$work/pk/passwd' /etc/passwd
dbus-daemon --system --fork --nopidfile
for i in \$(seq 50); do [ -S /run/dbus/system_bus_socket ] && break; sleep 0.1; done
/usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &
setpriv --reuid=64999 --regid=64999 --clear-groups sleep 60 & kiosk=\$!
setpriv --reuid=64998 --regid=64998 --clear-groups sleep 60 & other=\$!
for i in \$(seq 50); do busctl --system status org.freedesktop.PolicyKit1 >/dev/null 2>&1 && break; sleep 0.1; done
for action in power-off power-off-multiple-sessions power-off-ignore-inhibit reboot; do
  for who in kiosk other; do
    pid=\$kiosk; [ \$who = other ] && pid=\$other
    if pkcheck --action-id org.freedesktop.login1.\$action --process \$pid >/dev/null 2>&1; then
      echo "\$who \$action yes"; else echo "\$who \$action no"; fi
  done
done
EOF
pk_out="$(unshare -m -p -f --mount-proc bash "$work/pk/check.sh" 2>&1)"
expected="kiosk power-off yes
other power-off no
kiosk power-off-multiple-sessions yes
other power-off-multiple-sessions no
kiosk power-off-ignore-inhibit yes
other power-off-ignore-inhibit no
kiosk reboot no
other reboot no"
if [[ "$pk_out" == "$expected" ]]; then
  pass "polkitd lets user kiosk power off (also with other sessions and inhibitors), nobody else, and not reboot"
else
  fail "polkit power-off rule" "expected:" "$expected" "got:" "$pk_out"
fi

printf '\n%d passed, %d failed\n' "$passes" "$failures"
((failures == 0))
