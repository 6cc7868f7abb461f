#!/usr/bin/env bash
# Installs (or updates, rolls back, uninstalls) Kiosk on a Raspberry Pi. Run as root on the Pi.
# Idempotent: running it twice with the same release leaves the same system. See docs/deploy.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: install.sh [--release PATH] [--version V] [--rtc] [--no-start]
       install.sh --rollback
       install.sh --uninstall [--purge]

  --release PATH  a release tarball (kiosk-V-linux-arm64.tar.gz) or an unpacked release directory
                  (the `kiosk` binary at its top). Default: the release this script sits in.
  --version V     the version to install it as (default: the release's VERSION file, else the
                  tarball's name)
  --rtc           enable I2C and the DS3231 clock overlay in config.txt (takes effect at reboot)
  --no-start      install and enable, but do not (re)start the services
  --rollback      switch /opt/kiosk/current to the release installed before it, restart
  --uninstall     stop and remove the services, udev and polkit rules, /opt/kiosk and the kiosk
                  command; keeps /etc/kiosk and /var/lib/kiosk unless --purge is given
  -h, --help      this text

Every path can be moved for tests with KIOSK_ROOT=/some/dir (a prefix for all of them) or one by
one (KIOSK_OPT_DIR, KIOSK_ETC_DIR, KIOSK_DATA_DIR, KIOSK_SYSTEMD_DIR, KIOSK_UDEV_DIR,
KIOSK_POLKIT_DIR, KIOSK_BIN_DIR, KIOSK_LIB_DIR, KIOSK_BOOT_CONFIG, KIOSK_MODULES_DIR,
KIOSK_LOCK_FILE; KIOSK_LOCK_WAIT is how long to wait for another running install). With
KIOSK_ROOT set, nothing outside it is touched: useradd, chown, systemctl and udevadm are only
printed as "would run: ...".
EOF
}

readonly KEEP_RELEASES=3
KIOSK_ROOT="${KIOSK_ROOT:-}"
OPT_DIR="${KIOSK_OPT_DIR:-$KIOSK_ROOT/opt/kiosk}"
ETC_DIR="${KIOSK_ETC_DIR:-$KIOSK_ROOT/etc/kiosk}"
DATA_DIR="${KIOSK_DATA_DIR:-$KIOSK_ROOT/var/lib/kiosk}"
SYSTEMD_DIR="${KIOSK_SYSTEMD_DIR:-$KIOSK_ROOT/etc/systemd/system}"
UDEV_DIR="${KIOSK_UDEV_DIR:-$KIOSK_ROOT/etc/udev/rules.d}"
POLKIT_DIR="${KIOSK_POLKIT_DIR:-$KIOSK_ROOT/etc/polkit-1/rules.d}"
BIN_DIR="${KIOSK_BIN_DIR:-$KIOSK_ROOT/usr/local/bin}"
LIB_DIR="${KIOSK_LIB_DIR:-$KIOSK_ROOT/usr/local/lib/kiosk}"
MODULES_DIR="${KIOSK_MODULES_DIR:-$KIOSK_ROOT/etc/modules-load.d}"
BROWSER_HOME="${KIOSK_BROWSER_HOME:-$KIOSK_ROOT/var/lib/kiosk-ui}"
RELEASES_DIR="$OPT_DIR/releases"
HISTORY_FILE="$OPT_DIR/history"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf 'install.sh: %s\n' "$*"; }
die() { printf 'install.sh: error: %s\n' "$*" >&2; exit 1; }

# Everything that changes the running system outside the file tree goes through here, so a test
# root (KIOSK_ROOT) sees what would run instead of running it.
system() {
  if [[ -n "$KIOSK_ROOT" ]]; then
    log "would run: $*"
  else
    "$@"
  fi
}

# chown needs the kiosk user, which a test root does not have.
set_owner() {
  local owner="$1"; shift
  system chown "$owner" "$@"
}

# Path as the device sees it (for symlink targets and unit files), without the test prefix.
device_path() { printf '%s' "${1#"$KIOSK_ROOT"}"; }

# --------------------------------------------------------------------------- users and groups
ensure_accounts() {
  local group
  for group in dialout gpio i2c lp kiosk-admin; do
    if [[ -n "$KIOSK_ROOT" ]] || ! getent group "$group" >/dev/null; then
      system groupadd --system --force "$group"
    fi
  done
  if [[ -n "$KIOSK_ROOT" ]] || ! getent passwd kiosk >/dev/null; then
    system useradd --system --home-dir /var/lib/kiosk --no-create-home \
      --shell /usr/sbin/nologin --user-group --comment "Kiosk service" kiosk
  fi
  system usermod --append --groups dialout,gpio,i2c,lp,kiosk-admin kiosk
  # The touchscreen session runs Chromium as its own unprivileged user, not as kiosk.
  if [[ -n "$KIOSK_ROOT" ]] || ! getent passwd kiosk-ui >/dev/null; then
    system useradd --system --home-dir /var/lib/kiosk-ui --create-home \
      --shell /usr/sbin/nologin --user-group --comment "Kiosk touchscreen" kiosk-ui
  fi
  local ui_groups=()
  for group in video render input; do
    if [[ -n "$KIOSK_ROOT" ]] || getent group "$group" >/dev/null; then ui_groups+=("$group"); fi
  done
  if ((${#ui_groups[@]} > 0)); then
    system usermod --append --groups "$(IFS=,; echo "${ui_groups[*]}")" kiosk-ui
  fi
}

# --------------------------------------------------------------------------- releases
# Unpacks PATH (tarball or directory) into releases/VERSION; prints the version.
unpack_release() {
  local source="$1" version="$2" staging top
  mkdir -p "$RELEASES_DIR"
  staging="$(mktemp -d "$RELEASES_DIR/.incoming.XXXXXX")"
  if [[ -d "$source" ]]; then
    cp -a "$source/." "$staging/" || { rm -rf "$staging"; die "cannot copy $source"; }
  elif [[ -f "$source" ]]; then
    tar -xzf "$source" -C "$staging" --no-same-owner ||
      { rm -rf "$staging"; die "cannot unpack $source: damaged, or not a .tar.gz (upload it again)"; }
  else
    rm -rf "$staging"
    die "release not found: $source"
  fi
  # A tarball may hold the release at its top or in one folder (kiosk-1.2.0/...).
  top="$staging"
  if [[ ! -e "$top/kiosk" ]]; then
    local entries=("$staging"/*)
    if ((${#entries[@]} == 1)) && [[ -d "${entries[0]}" && -e "${entries[0]}/kiosk" ]]; then
      top="${entries[0]}"
    fi
  fi
  if [[ ! -f "$top/kiosk" ]]; then
    rm -rf "$staging"
    die "$source is not a Kiosk release: no 'kiosk' binary at its top"
  fi
  if [[ -z "$version" ]]; then
    if [[ -f "$top/VERSION" ]]; then
      version="$(tr -d '[:space:]' <"$top/VERSION")"
    elif [[ "$(basename "$source")" =~ ^kiosk-(.+)-linux-[a-z0-9]+\.tar\.gz$ ]]; then
      version="${BASH_REMATCH[1]}"
    else
      rm -rf "$staging"
      die "cannot tell the version of $source: pass --version V"
    fi
  fi
  if [[ ! "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]]; then
    rm -rf "$staging"
    die "bad version '$version': letters, digits, . _ + - only"
  fi
  chmod 0755 "$top/kiosk"
  chmod -R u=rwX,go=rX "$top"
  # A release unpacked by the SSH user must not stay writable by it: root owns what kiosk runs.
  system chown -R root:root "$top"

  local target="$RELEASES_DIR/$version"
  if [[ -d "$target" ]] && diff -r -q "$top" "$target" >/dev/null 2>&1; then
    log "release $version is already installed, unchanged"
  else
    if [[ -d "$target" ]]; then
      log "release $version differs from the installed one: replacing it"
      local old
      old="$(mktemp -d "$RELEASES_DIR/.replaced.XXXXXX")"
      mv -T "$target" "$old/$version"
      mv -T "$top" "$target"
      rm -rf "$old"
    else
      mv -T "$top" "$target"
    fi
  fi
  rm -rf "$staging"
  record_history "$version"
  RELEASE_VERSION="$version"
}

# history: installed versions, oldest first, each once; the last is the newest install.
record_history() {
  local version="$1" tmp
  tmp="$(mktemp "$OPT_DIR/.history.XXXXXX")"
  if [[ -f "$HISTORY_FILE" ]]; then
    grep -vxF -- "$version" "$HISTORY_FILE" >"$tmp" || true
  fi
  printf '%s\n' "$version" >>"$tmp"
  chmod 0644 "$tmp"
  mv -f "$tmp" "$HISTORY_FILE"
}

current_version() {
  if [[ -L "$OPT_DIR/current" ]]; then
    basename "$(readlink "$OPT_DIR/current")"
  fi
}

# Points current at releases/VERSION atomically: a new link under a temporary name, renamed over.
switch_current() {
  local version="$1"
  [[ -d "$RELEASES_DIR/$version" ]] || die "release $version is not installed"
  ln -sfn "releases/$version" "$OPT_DIR/.current.tmp"
  mv -T "$OPT_DIR/.current.tmp" "$OPT_DIR/current"
  log "current -> releases/$version"
}

# Keeps the newest KEEP_RELEASES of the history, and always the current one.
prune_releases() {
  local current keep=() version
  current="$(current_version)"
  mapfile -t keep < <(tail -n "$KEEP_RELEASES" "$HISTORY_FILE")
  local tmp
  tmp="$(mktemp "$OPT_DIR/.history.XXXXXX")"
  while read -r version; do
    [[ -z "$version" ]] && continue
    if [[ "$version" == "$current" ]] || printf '%s\n' "${keep[@]}" | grep -qxF -- "$version"; then
      printf '%s\n' "$version" >>"$tmp"
    elif [[ -d "$RELEASES_DIR/$version" ]]; then
      log "removing old release $version"
      rm -rf "${RELEASES_DIR:?}/$version"
    fi
  done <"$HISTORY_FILE"
  chmod 0644 "$tmp"
  mv -f "$tmp" "$HISTORY_FILE"
  # Leftovers of an interrupted run.
  rm -rf "$RELEASES_DIR"/.incoming.* "$RELEASES_DIR"/.replaced.*
}

# --------------------------------------------------------------------------- system files
# Where the release keeps its deploy files; an unpacked source tree (this script's folder) else.
deploy_source() {
  local release="$1"
  if [[ -f "$release/deploy/raspberrypi/kiosk.service" ]]; then
    printf '%s' "$release/deploy/raspberrypi"
  else
    printf '%s' "$SCRIPT_DIR"
  fi
}

# Copies SRC to DEST with MODE only when the content or mode differs; sets CHANGED=1 then.
install_file() {
  local mode="$1" src="$2" dest="$3"
  [[ -f "$src" ]] || die "missing file in the release: $src"
  mkdir -p "$(dirname "$dest")"
  if [[ -f "$dest" ]] && cmp -s "$src" "$dest" && [[ "$(stat -c %a "$dest")" == "${mode#0}" ]]; then
    return 0
  fi
  install -m "$mode" "$src" "$dest.kiosk-new"
  mv -f "$dest.kiosk-new" "$dest"
  CHANGED=1
  log "installed $(device_path "$dest")"
}

install_system_files() {
  local release="$1" src
  src="$(deploy_source "$release")"
  CHANGED=0
  install_file 0644 "$src/kiosk.service" "$SYSTEMD_DIR/kiosk.service"
  install_file 0644 "$src/kiosk-browser.service" "$SYSTEMD_DIR/kiosk-browser.service"
  local units_changed=$CHANGED
  CHANGED=0
  install_file 0644 "$src/99-kiosk.rules" "$UDEV_DIR/99-kiosk.rules"
  local udev_changed=$CHANGED
  install_file 0644 "$src/50-kiosk-poweroff.rules" "$POLKIT_DIR/50-kiosk-poweroff.rules"
  install_file 0755 "$src/kiosk-browser.sh" "$LIB_DIR/kiosk-browser.sh"

  mkdir -p "$BIN_DIR"
  ln -sfn "$(device_path "$OPT_DIR")/current/kiosk" "$BIN_DIR/.kiosk.tmp"
  mv -T "$BIN_DIR/.kiosk.tmp" "$BIN_DIR/kiosk"

  if ((units_changed)); then system systemctl daemon-reload; fi
  if ((udev_changed)); then
    system udevadm control --reload
    system udevadm trigger --action=change --subsystem-match=tty --subsystem-match=usbmisc \
      --subsystem-match=gpio --subsystem-match=i2c-dev --subsystem-match=input
  fi
  if [[ -z "$KIOSK_ROOT" ]] && ! command -v pkaction >/dev/null; then
    log "warning: polkit is not installed; the kiosk cannot power off on UPS power loss."
    log "         install it with: apt-get install -y polkitd"
  fi
}

ensure_directories() {
  mkdir -p "$ETC_DIR" "$DATA_DIR" "$BROWSER_HOME"
  chmod 0750 "$ETC_DIR" "$DATA_DIR"
  set_owner root:kiosk "$(device_path "$ETC_DIR")"
  set_owner kiosk:kiosk "$(device_path "$DATA_DIR")"
  set_owner kiosk-ui:kiosk-ui "$(device_path "$BROWSER_HOME")"
  local config="$ETC_DIR/kiosk.json"
  if [[ ! -e "$config" ]]; then
    local tmp
    tmp="$(mktemp "$ETC_DIR/.kiosk.json.XXXXXX")"
    cat >"$tmp" <<'EOF'
{
  "Kiosk": {
    "DataDirectory": "/var/lib/kiosk"
  }
}
EOF
    chmod 0640 "$tmp"
    mv -f "$tmp" "$config"
    set_owner root:kiosk "$(device_path "$config")"
    log "wrote a default $(device_path "$config"); set the office with: kiosk provision --from FILE"
  fi
}

# --------------------------------------------------------------------------- RTC
boot_config() {
  if [[ -n "${KIOSK_BOOT_CONFIG:-}" ]]; then
    printf '%s' "$KIOSK_BOOT_CONFIG"
  elif [[ -f "$KIOSK_ROOT/boot/firmware/config.txt" ]]; then
    printf '%s' "$KIOSK_ROOT/boot/firmware/config.txt"
  elif [[ -f "$KIOSK_ROOT/boot/config.txt" ]]; then
    printf '%s' "$KIOSK_ROOT/boot/config.txt"
  fi
}

enable_rtc() {
  local config
  config="$(boot_config)"
  [[ -n "$config" && -f "$config" ]] ||
    die "--rtc: neither /boot/firmware/config.txt nor /boot/config.txt exists (set KIOSK_BOOT_CONFIG)"
  local changed=0
  if grep -qE '^[[:space:]]*dtparam=i2c_arm=on[[:space:]]*$' "$config"; then
    :
  elif grep -qE '^[[:space:]]*dtparam=i2c_arm=' "$config"; then
    sed -i -E 's/^[[:space:]]*dtparam=i2c_arm=.*/dtparam=i2c_arm=on/' "$config"
    changed=1
  else
    printf '%s\n' 'dtparam=i2c_arm=on' >>"$config"
    changed=1
  fi
  if ! grep -qxF 'dtoverlay=i2c-rtc,ds3231' "$config"; then
    printf '%s\n' 'dtoverlay=i2c-rtc,ds3231' >>"$config"
    changed=1
  fi
  mkdir -p "$MODULES_DIR"
  printf '%s\n' 'i2c-dev' >"$MODULES_DIR/kiosk-i2c.conf"
  # The RTC keeps the time now; fake-hwclock would set it back to the last shutdown at boot.
  disable_if_present fake-hwclock.service
  if ((changed)); then
    log "$(device_path "$config"): I2C and the DS3231 overlay enabled; reboot to use the clock"
  else
    log "$(device_path "$config"): I2C and the DS3231 overlay already enabled"
  fi
}

# --------------------------------------------------------------------------- services
# Disables and stops UNIT when this system has it; a system without it is fine.
disable_if_present() {
  local unit="$1"
  if [[ -n "$KIOSK_ROOT" ]]; then
    system systemctl disable --now "$unit"
  elif systemctl cat "$unit" >/dev/null 2>&1; then
    systemctl disable --now "$unit" || log "warning: could not disable $unit"
  fi
}

start_services() {
  system systemctl enable kiosk.service kiosk-browser.service
  # ModemManager probes every new tty with AT commands and would fight the kiosk for the modem.
  disable_if_present ModemManager.service
  if ((NO_START)); then
    log "not starting the services (--no-start)"
    return 0
  fi
  system systemctl restart kiosk.service
  system systemctl restart kiosk-browser.service
}

# --------------------------------------------------------------------------- commands
do_install() {
  local source="$RELEASE"
  if [[ -z "$source" ]]; then
    # Run from inside an unpacked release: install that one.
    source="$(cd "$SCRIPT_DIR/../.." && pwd)"
    [[ -f "$source/kiosk" ]] || die "no release given: use --release PATH (see --help)"
  fi
  ensure_accounts
  mkdir -p "$OPT_DIR"
  unpack_release "$source" "$VERSION"
  ensure_directories
  install_system_files "$RELEASES_DIR/$RELEASE_VERSION"
  if ((RTC)); then enable_rtc; fi
  local previous
  previous="$(current_version)"
  switch_current "$RELEASE_VERSION"
  prune_releases
  start_services
  if [[ -n "$previous" && "$previous" != "$RELEASE_VERSION" ]]; then
    log "updated $previous -> $RELEASE_VERSION (undo with: install.sh --rollback)"
  else
    log "installed $RELEASE_VERSION"
  fi
}

do_rollback() {
  local current previous="" version
  current="$(current_version)"
  [[ -n "$current" ]] || die "nothing is installed: no $(device_path "$OPT_DIR")/current"
  [[ -f "$HISTORY_FILE" ]] || die "no install history in $(device_path "$HISTORY_FILE")"
  while read -r version; do
    [[ "$version" == "$current" ]] && break
    [[ -d "$RELEASES_DIR/$version" ]] && previous="$version"
  done <"$HISTORY_FILE"
  [[ -n "$previous" ]] || die "no release older than $current to roll back to"
  install_system_files "$RELEASES_DIR/$previous"
  switch_current "$previous"
  start_services
  log "rolled back $current -> $previous"
}

do_uninstall() {
  system systemctl disable --now kiosk-browser.service kiosk.service
  rm -f "$SYSTEMD_DIR/kiosk.service" "$SYSTEMD_DIR/kiosk-browser.service" \
    "$UDEV_DIR/99-kiosk.rules" "$POLKIT_DIR/50-kiosk-poweroff.rules" "$BIN_DIR/kiosk" \
    "$MODULES_DIR/kiosk-i2c.conf"
  rm -rf "$LIB_DIR" "$OPT_DIR"
  system systemctl daemon-reload
  system udevadm control --reload
  if ((PURGE)); then
    rm -rf "$ETC_DIR" "$DATA_DIR" "$BROWSER_HOME"
    system userdel kiosk-ui
    system userdel kiosk
    system groupdel kiosk-admin
    log "uninstalled and purged (configuration, data and users removed)"
  else
    log "uninstalled; kept $(device_path "$ETC_DIR") and $(device_path "$DATA_DIR") (--purge removes them)"
  fi
}

RELEASE="" VERSION="" RTC=0 NO_START=0 PURGE=0 ACTION=install RELEASE_VERSION=""
while (($# > 0)); do
  case "$1" in
    --release) [[ $# -ge 2 ]] || die "--release needs a PATH"; RELEASE="$2"; shift 2 ;;
    --release=*) RELEASE="${1#*=}"; shift ;;
    --version) [[ $# -ge 2 ]] || die "--version needs a value"; VERSION="$2"; shift 2 ;;
    --version=*) VERSION="${1#*=}"; shift ;;
    --rtc) RTC=1; shift ;;
    --no-start) NO_START=1; shift ;;
    --rollback) ACTION=rollback; shift ;;
    --uninstall) ACTION=uninstall; shift ;;
    --purge) PURGE=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

if [[ -z "$KIOSK_ROOT" && "$(id -u)" -ne 0 ]]; then
  die "run as root (sudo $0 ...)"
fi
if [[ -n "$KIOSK_ROOT" ]]; then
  [[ -d "$KIOSK_ROOT" ]] || die "KIOSK_ROOT=$KIOSK_ROOT is not a directory"
  [[ "$KIOSK_ROOT" != "/" ]] || die "KIOSK_ROOT=/ : leave it unset to install on this system"
fi

umask 022
# One install at a time: provision-remote.sh may start a second one while a first, cut off from
# its SSH session, still runs. The second waits for the first, then finds the work done.
LOCK_FILE="${KIOSK_LOCK_FILE:-$KIOSK_ROOT/run/lock/kiosk-install.lock}"
mkdir -p "$(dirname "$LOCK_FILE")"
exec 9>"$LOCK_FILE"
lock_wait="${KIOSK_LOCK_WAIT:-900}"
flock -w "$lock_wait" 9 || die "another install.sh has held $(device_path "$LOCK_FILE") for ${lock_wait} s"
case "$ACTION" in
  install) do_install ;;
  rollback) do_rollback ;;
  uninstall) do_uninstall ;;
esac
