// What every screen shares: the office, the entered data, and navigation.
import { h, button } from './dom.js';
import { t, has, language } from './i18n.js';

export const kiosk = {
  office: null,
  config: null,
  data: freshData(),
  current: null,
  onNavigate: () => {},
  homeScreen: null,
};

/** Back to the start, forgetting everything entered. */
export function goHome() {
  kiosk.data = freshData();
  go(kiosk.homeScreen);
}

export function freshData() {
  return {
    ticket: { priority: null, result: null, busy: false },
    complaint: { category: null, village: null, search: '', searching: false, description: '', name: '', nik: '', phone: '', identify: false, errors: {}, result: null, busy: false },
    status: { code: '', error: null, result: null, busy: false },
  };
}

/** Shows a screen: a function that returns its element. It is drawn again when the language changes. */
export function go(screen) {
  kiosk.current = screen;
  render();
}

export function render() {
  const main = document.getElementById('screen');
  const el = kiosk.current();
  main.replaceChildren(el);
  main.scrollTop = 0;
  // Typing steps and the printer-fault ticket need the whole height of a 7" screen.
  document.body.classList.toggle('compact', el.querySelector('.kb') !== null || el.classList.contains('compact'));
  kiosk.onNavigate(kiosk.current);
}

/** The bar at the top of every step: back, title, and an optional action on the right. */
export function bar(titleKey, onBack, ...right) {
  return h('div', { class: 'bar' },
    button(t('nav.back'), onBack, { class: 'btn-secondary bar-back', id: 'back' }),
    h('h1', { class: 'bar-title' }, t(titleKey)),
    ...right);
}

/** The message for a field error: the API's Indonesian words, or in English the words for its code. */
export function fieldError(problem, field) {
  const code = problem?.codes?.[field];
  if (!code) return null;
  if (language() === 'id' && problem.errors?.[field]?.[0]) return problem.errors[field][0];
  const key = `error.${field}.${code}`;
  return has(key) ? t(key) : t('error.generic');
}
