#!/usr/bin/env bash
# Installs, provisions, updates or rolls back a Kiosk over SSH from a technician's laptop.
# Made for bad links: the upload resumes (rsync --partial) and is retried, and the install runs
# on the Pi as a systemd job, so a dropped SSH connection does not cut it in half.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: provision-remote.sh HOST [provision] [--release PATH] [--config FILE] [--rtc] [--ssh-opts "OPTS"]
       provision-remote.sh HOST update     [--release PATH] [--ssh-opts "OPTS"]
       provision-remote.sh HOST rollback   [--ssh-opts "OPTS"]
       provision-remote.sh HOST doctor     [--ssh-opts "OPTS"]

  HOST            what ssh takes: pi@kiosk-sragen.local, or a name from ~/.ssh/config
  provision       (default) upload the release, run install.sh, then `kiosk provision --from FILE`
                  with --config (it restarts the service, waits until it is healthy and puts the
                  previous kiosk.json back when it does not come up), then `kiosk doctor`
  update          upload and install a new release (the old one stays for rollback), `kiosk doctor`
  rollback        switch back to the release installed before the current one, `kiosk doctor`
  doctor          run `kiosk doctor` only
  --release PATH  release tarball (default: the newest artifacts/kiosk-*-linux-arm64.tar.gz); its
                  .sha256 beside it is checked here and on the Pi
  --config FILE   the site's provisioning file for `kiosk provision --from` (holds the upstream
                  token: it is uploaded mode 0600 and deleted from the Pi afterwards)
  --rtc           pass --rtc to install.sh (DS3231 clock; reboot afterwards)
  --ssh-opts OPTS extra ssh options, e.g. "-p 2222 -i $HOME/.ssh/kiosk"
  --retries N     upload attempts before giving up (default 20)

The SSH user needs passwordless sudo (the default on Raspberry Pi OS for the first user).
EOF
}

die() { printf 'provision-remote.sh: error: %s\n' "$*" >&2; exit 1; }
log() { printf 'provision-remote.sh: %s\n' "$*"; }

host="" command="provision" release="" config="" rtc=0 retries=20
ssh_extra=()
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --release) [[ $# -ge 2 ]] || die "--release needs a PATH"; release="$2"; shift 2 ;;
    --config) [[ $# -ge 2 ]] || die "--config needs a FILE"; config="$2"; shift 2 ;;
    --rtc) rtc=1; shift ;;
    --retries) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--retries needs a positive number"; retries="$2"; shift 2 ;;
    --ssh-opts)
      [[ $# -ge 2 ]] || die "--ssh-opts needs options"
      read -r -a more <<<"$2"
      ssh_extra+=("${more[@]}")
      shift 2
      ;;
    provision | update | rollback | doctor)
      [[ -n "$host" ]] || die "give the HOST first: provision-remote.sh HOST $1"
      command="$1"; shift ;;
    -*) usage >&2; die "unknown option: $1" ;;
    *)
      [[ -z "$host" ]] || { usage >&2; die "unexpected argument: $1"; }
      host="$1"; shift ;;
  esac
done
if [[ -z "$host" ]]; then
  usage >&2
  exit 2
fi
# Refuse a missing file before anything is uploaded or installed.
if [[ -n "$config" && ! -f "$config" ]]; then
  die "config not found: $config"
fi

# Keepalives notice a dead link within a minute instead of hanging for hours.
ssh_opts=(-o ConnectTimeout=20 -o ServerAliveInterval=15 -o ServerAliveCountMax=4 "${ssh_extra[@]}")
# Where uploads wait on the Pi (/var/tmp survives a reboot, unlike /tmp); tests move it.
upload_dir="${KIOSK_UPLOAD_DIR:-/var/tmp/kiosk-upload}"
retry_delay="${KIOSK_RETRY_DELAY:-10}"
rdir="$(printf '%q' "$upload_dir")" # as the remote shell must see it
remote_opt="$(printf '%q' "${KIOSK_REMOTE_OPT_DIR:-/opt/kiosk}")"

remote() {
  # The command is one string for the remote shell, expanded here on purpose; every argument in
  # it was quoted with printf %q (q) or is a fixed word.
  # shellcheck disable=SC2029
  ssh "${ssh_opts[@]}" "$host" "$1"
}

q() { printf '%q' "$1"; }

upload() {
  local file="$1" attempt
  local ssh_command="ssh ${ssh_opts[*]}"
  for ((attempt = 1; attempt <= retries; attempt++)); do
    if command -v rsync >/dev/null && remote "command -v rsync >/dev/null"; then
      # --partial keeps what arrived, so the next attempt continues instead of starting over.
      if rsync --partial --append-verify --timeout=60 --chmod=F600 -e "$ssh_command" \
        "$file" "$host:$upload_dir/"; then
        return 0
      fi
    elif scp "${ssh_opts[@]}" "$file" "$host:$upload_dir/"; then
      return 0
    fi
    log "upload of $(basename "$file") failed (attempt $attempt of $retries); retrying in ${retry_delay} s"
    sleep "$retry_delay"
  done
  die "could not upload $file after $retries attempts"
}

pick_release() {
  if [[ -z "$release" ]]; then
    local repo newest
    repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    newest="$(find "$repo/artifacts" -maxdepth 1 -name 'kiosk-*-linux-arm64.tar.gz' -printf '%T@ %p\n' 2>/dev/null |
      sort -n | tail -n 1 | cut -d' ' -f2-)"
    [[ -n "$newest" ]] || die "no release given and none in artifacts/: run deploy/raspberrypi/build-release.sh VERSION"
    release="$newest"
  fi
  [[ -f "$release" ]] || die "release not found: $release"
  if [[ -f "$release.sha256" ]]; then
    (cd "$(dirname "$release")" && sha256sum --check --quiet "$(basename "$release").sha256") ||
      die "$release does not match its .sha256"
  else
    log "warning: no $release.sha256; the upload is checked by size only"
  fi
}

install_release() {
  pick_release
  local name
  name="$(basename "$release")"
  remote "mkdir -p $rdir && chmod 0700 $rdir"
  upload "$release"
  if [[ -f "$release.sha256" ]]; then
    upload "$release.sha256"
    remote "cd $rdir && sha256sum --check --quiet $(q "$name.sha256")" ||
      die "the release arrived damaged on $host; run again to upload it anew"
  fi
  local args
  args="--release $(q "$upload_dir/$name")"
  ((rtc)) && args+=" --rtc"
  # install.sh comes from the release itself, so laptop and Pi never disagree on the version.
  # systemd-run: the install finishes even when this SSH session dies.
  local unit
  unit="kiosk-install-$(date +%Y%m%d%H%M%S)"
  log "installing $name on $host (if the link drops: ssh $host journalctl -u $unit)"
  remote "set -e; cd $rdir; tar -xzf $(q "$name") --wildcards --no-anchored -O 'deploy/raspberrypi/install.sh' > install.sh; \
sudo systemd-run --unit=$unit --collect --wait --property=Type=oneshot /bin/bash $rdir/install.sh $args; \
sudo journalctl -u $unit -o cat --no-pager | tail -n 40"
  remote "rm -f $rdir/install.sh"
  # Keep the tarball only until the install has its copy in /opt/kiosk/releases.
  remote "rm -f $(q "$upload_dir/$name") $(q "$upload_dir/$name.sha256")"
}

provision_config() {
  [[ -n "$config" ]] || { log "no --config: provision later with: kiosk provision --from FILE"; return 0; }
  [[ -f "$config" ]] || die "config not found: $config"
  remote "mkdir -p $rdir && chmod 0700 $rdir"
  upload "$config"
  local remote_config
  remote_config="$upload_dir/$(basename "$config")"
  # `kiosk provision --from FILE` is the device CLI's provisioning command.
  local status=0
  remote "sudo kiosk provision --from $(q "$remote_config")" || status=$?
  remote "rm -f $(q "$remote_config")"
  ((status == 0)) || die "kiosk provision failed on $host (exit $status)"
}

doctor() {
  remote "sudo kiosk doctor"
}

case "$command" in
  provision)
    install_release
    provision_config
    doctor
    ;;
  update)
    install_release
    doctor
    ;;
  rollback)
    remote "sudo /bin/bash $remote_opt/current/deploy/raspberrypi/install.sh --rollback"
    doctor
    ;;
  doctor) doctor ;;
esac
