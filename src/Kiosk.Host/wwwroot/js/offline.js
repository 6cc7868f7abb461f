// "Server unreachable": a full screen that polls /healthz by itself and goes away when it answers.
let pollMs = 2000;
let timer = null;
const listeners = [];

export function configure(seconds) {
  pollMs = seconds * 1000;
}

export function isOffline() {
  return timer !== null;
}

export function onBack(listener) {
  listeners.push(listener);
}

export function show() {
  if (timer !== null) return;
  document.getElementById('offline').hidden = false;
  timer = setInterval(poll, pollMs);
}

async function poll() {
  try {
    const response = await fetch('/healthz', { cache: 'no-store' });
    if (!response.ok) return;
  } catch {
    return; // still unreachable: the next poll tries again
  }
  clearInterval(timer);
  timer = null;
  document.getElementById('offline').hidden = true;
  for (const listener of listeners) listener();
}

/** A quiet check now and then, so an idle screen also notices the server is gone. */
export function heartbeat(seconds) {
  setInterval(async () => {
    if (timer !== null) return;
    try {
      await fetch('/healthz', { cache: 'no-store' });
    } catch {
      show();
    }
  }, seconds * 1000);
}
