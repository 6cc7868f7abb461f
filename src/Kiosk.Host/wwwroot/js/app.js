// The resident's touchscreen: boots from /api/office and /api/ui/*, then draws one screen at a time.
import { load, setLanguage, language, apply, t } from './i18n.js';
import { kiosk, go, goHome, render } from './context.js';
import { formatDateTime } from './clock.js';
import { startIdle } from './idle.js';
import * as offline from './offline.js';
import { homeScreen } from './screens/home.js';

// A kiosk: no context menu, no text selection, no pinch zoom, no dragging pictures away.
document.addEventListener('contextmenu', (e) => e.preventDefault());
document.addEventListener('selectstart', (e) => { if (!e.target.closest?.('textarea')) e.preventDefault(); });
document.addEventListener('dragstart', (e) => e.preventDefault());
document.addEventListener('gesturestart', (e) => e.preventDefault());
document.addEventListener('touchmove', (e) => { if (e.touches.length > 1) e.preventDefault(); }, { passive: false });

async function getJson(path) {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function drawChrome() {
  apply();
  document.title = kiosk.office.name;
  document.getElementById('office-name').textContent = kiosk.office.name;
  tick();
}

function tick() {
  document.getElementById('clock').textContent = formatDateTime(new Date(), kiosk.office);
}

async function boot() {
  let config;
  for (;;) {
    try {
      config = await getJson('/api/ui/config');
      kiosk.office = await getJson('/api/office');
      await load(config.languages);
      break;
    } catch {
      // Not up yet (the kiosk browser may start before the service): the spinner, then try again.
      document.getElementById('offline').hidden = false;
      await new Promise((resolve) => { setTimeout(resolve, 2000); });
    }
  }
  document.getElementById('offline').hidden = true;
  kiosk.config = config;
  kiosk.homeScreen = homeScreen;
  setLanguage(config.defaultLanguage);
  offline.configure(config.healthPollSeconds);
  offline.heartbeat(Math.max(config.healthPollSeconds * 5, 10));

  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'id' ? 'en' : 'id');
    drawChrome();
    render();
  });
  kiosk.onNavigate = (screen) => document.body.classList.toggle('is-home', screen === homeScreen);
  startIdle(config, {
    isActive: () => kiosk.current !== homeScreen || language() !== config.defaultLanguage,
    isPaused: () => offline.isOffline(),
    reset: () => {
      setLanguage(config.defaultLanguage);
      drawChrome();
      goHome();
    },
  });
  drawChrome();
  setInterval(tick, 1000);
  go(homeScreen);
  document.body.dataset.ready = 'true';
}

boot().catch((e) => {
  document.body.dataset.error = String(e);
  console.error(t('error.server'), e);
});
