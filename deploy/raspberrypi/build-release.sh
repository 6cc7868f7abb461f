#!/usr/bin/env bash
# Builds a release for the Pi: a self-contained linux-arm64 publish of src/Kiosk.Host plus the
# deploy files, packed as artifacts/kiosk-VERSION-linux-arm64.tar.gz with a .sha256 beside it.
#   deploy/raspberrypi/build-release.sh 1.4.0
set -euo pipefail

usage() {
  echo "Usage: build-release.sh VERSION [--rid linux-arm64]"
  echo "  writes artifacts/kiosk-VERSION-RID.tar.gz and artifacts/kiosk-VERSION-RID.tar.gz.sha256"
}

version="" rid="linux-arm64"
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --rid) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; rid="$2"; shift 2 ;;
    -*) usage >&2; echo "build-release.sh: unknown option $1" >&2; exit 2 ;;
    *) [[ -z "$version" ]] || { usage >&2; exit 2; }; version="$1"; shift ;;
  esac
done
[[ -n "$version" ]] || { usage >&2; exit 2; }
if [[ ! "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]]; then
  echo "build-release.sh: bad version '$version': letters, digits, . _ + - only" >&2
  exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
name="kiosk-$version-$rid"
artifacts="$repo/artifacts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/kiosk-$version"

dotnet publish "$repo/src/Kiosk.Host" -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=false -p:Version="${version%%[-+]*}" -p:InformationalVersion="$version" \
  -o "$stage"
[[ -x "$stage/kiosk" ]] || { echo "build-release.sh: publish produced no 'kiosk' executable" >&2; exit 1; }

printf '%s\n' "$version" >"$stage/VERSION"
mkdir -p "$stage/deploy/raspberrypi" "$stage/docs"
cp "$repo"/deploy/raspberrypi/* "$stage/deploy/raspberrypi/"
cp "$repo/docs/deploy.md" "$stage/docs/"

mkdir -p "$artifacts"
# Stable archive: sorted names, fixed owner, so the same tree gives the same tarball listing.
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$work" -czf "$artifacts/$name.tar.gz" "kiosk-$version"
(cd "$artifacts" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "build-release.sh: $artifacts/$name.tar.gz"
cat "$artifacts/$name.tar.gz.sha256"
