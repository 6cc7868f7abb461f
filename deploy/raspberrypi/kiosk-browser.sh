#!/usr/bin/env bash
# Kiosk touchscreen: waits until the kiosk service answers on /healthz, then runs Chromium in
# kiosk mode on the local UI. Started by kiosk-browser.service inside the cage compositor;
# installed by install.sh as /usr/local/lib/kiosk/kiosk-browser.sh.
#
# The waiting-room display (a TV on the Pi's second HDMI port) is a second Chromium window when
# /etc/kiosk/display.url (or $KIOSK_DISPLAY_URL) names its page, token in the fragment:
#   http://127.0.0.1:8081/display#token=...   (from: kiosk display add "TV" --token)
# The fragment never reaches the server; the page keeps the token. See docs/counters.md.
set -euo pipefail

url="${KIOSK_URL:-http://127.0.0.1:8080/}"
display_file="${KIOSK_DISPLAY_FILE:-/etc/kiosk/display.url}"
display_url="${KIOSK_DISPLAY_URL:-}"
if [[ -z "$display_url" && -r "$display_file" ]]; then
  display_url="$(head -n 1 "$display_file")"
fi
# Where the second output starts in the compositor's layout: right of a 1920-wide first one by default.
display_position="${KIOSK_DISPLAY_POSITION:-1920,0}"
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

if [[ -n "$display_url" ]]; then
  # Its own profile, so the two windows never share a session; sound without a click (the calls are spoken).
  display_profile="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-display.XXXXXX")"
  "$browser" \
    --kiosk --noerrdialogs --disable-infobars --incognito --no-first-run \
    --check-for-update-interval=31536000 --disable-features=Translate --disable-session-crashed-bubble \
    --password-store=basic --ozone-platform=wayland --autoplay-policy=no-user-gesture-required \
    --user-data-dir="$display_profile" --window-position="$display_position" --new-window \
    "$display_url" &
fi

exec "$browser" \
  --kiosk --noerrdialogs --disable-infobars --incognito --disable-pinch \
  --overscroll-history-navigation=0 --check-for-update-interval=31536000 \
  --disable-features=Translate --disable-session-crashed-bubble --no-first-run \
  --password-store=basic --ozone-platform=wayland \
  "$url"
