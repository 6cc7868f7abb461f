#!/usr/bin/env bash
# Kiosk touchscreen: waits until the kiosk service answers on /healthz, then runs Chromium in
# kiosk mode on the local UI. Started by kiosk-browser.service inside the cage compositor;
# installed by install.sh as /usr/local/lib/kiosk/kiosk-browser.sh.
set -euo pipefail

url="${KIOSK_URL:-http://127.0.0.1:8080/}"
health="${url%/}/healthz"
wait_seconds="${KIOSK_WAIT_SECONDS:-300}"

# Any HTTP answer (200, or 503 while a component is down) means the UI can be shown; only "no
# answer at all" is waited out. --max-time keeps one attempt short on a busy Pi.
answered=0
for ((i = 0; i < wait_seconds; i++)); do
  code="$(curl --silent --output /dev/null --max-time 2 --write-out '%{http_code}' "$health" || true)"
  if [[ "$code" =~ ^[1-5][0-9][0-9]$ ]]; then
    answered=1
    break
  fi
  sleep 1
done
if ((answered == 0)); then
  echo "kiosk-browser: $health did not answer in ${wait_seconds}s; systemd will retry" >&2
  exit 1
fi

# Raspberry Pi OS ships the browser as chromium-browser on older images, chromium on newer ones.
browser="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$browser" ]] || { echo "kiosk-browser: chromium not found: apt-get install -y chromium" >&2; exit 1; }

exec "$browser" \
  --kiosk --noerrdialogs --disable-infobars --incognito --disable-pinch \
  --overscroll-history-navigation=0 --check-for-update-interval=31536000 \
  --disable-features=Translate --disable-session-crashed-bubble --no-first-run \
  --password-store=basic --ozone-platform=wayland \
  "$url"
