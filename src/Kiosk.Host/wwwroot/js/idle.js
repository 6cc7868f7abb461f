// Idle reset: after idleSeconds without a touch the screen goes home and forgets everything;
// the last warningSeconds show "Masih di sini?" with a countdown.
import { t } from './i18n.js';

let last = Date.now();

export function startIdle(config, { isActive, isPaused, reset }) {
  const warning = document.getElementById('idle-warning');
  const countdown = document.getElementById('idle-countdown');
  const seconds = document.getElementById('idle-seconds');
  const touch = () => { last = Date.now(); };
  for (const type of ['pointerdown', 'keydown', 'input', 'touchstart']) document.addEventListener(type, touch, { capture: true, passive: true });
  document.getElementById('idle-continue').addEventListener('click', () => { touch(); warning.hidden = true; });

  setInterval(() => {
    if (!isActive() || isPaused()) {
      touch();
      warning.hidden = true;
      return;
    }
    const left = config.idleSeconds - (Date.now() - last) / 1000;
    if (left <= 0) {
      warning.hidden = true;
      touch();
      reset();
    } else if (left <= config.warningSeconds) {
      const n = Math.ceil(left);
      countdown.textContent = t('idle.countdown', { n });
      seconds.textContent = String(n);
      warning.hidden = false;
    } else {
      warning.hidden = true;
    }
  }, 200);
}
