// Cek Status: a tracking code or ticket number typed on the keypad → status and dated history.
import { h, button } from '../dom.js';
import { t } from '../i18n.js';
import { kiosk, go, goHome, bar, render, fieldError } from '../context.js';
import { keyboard, edit } from '../keyboard.js';
import { call, Offline } from '../api.js';
import { formatDateTime } from '../clock.js';

const state = () => kiosk.data.status;

export function statusScreen() {
  const s = state();
  const shown = h('div', { class: 'text-input single code-input', id: 'field-code', role: 'textbox', 'aria-label': t('status.title'), tabIndex: 0 }, s.code);
  const message = s.error ? h('p', { class: 'field-error', role: 'alert', dataset: { errorFor: 'code', reason: s.error.reason } }, s.error.text()) : null;
  const apply = (key) => {
    s.code = edit(s.code, key, 20);
    shown.textContent = s.code;
  };
  shown.addEventListener('keydown', (e) => {
    if (e.key === 'Backspace') apply('backspace');
    else if (e.key === 'Enter') lookUp();
    else if (/^[0-9a-zA-Z-]$/.test(e.key)) apply(e.key.toUpperCase());
    else return;
    e.preventDefault();
  });
  queueMicrotask(() => shown.focus({ preventScroll: true }));
  return h('div', { class: 'step input-step', id: 'status' },
    bar('status.title', () => goHome(), button(t('status.check'), lookUp, { class: 'btn-primary bar-next', id: 'check', disabled: s.busy })),
    h('div', { class: 'field' }, shown, message),
    keyboard('code', apply));
}

async function lookUp() {
  const s = state();
  if (s.busy) return;
  s.busy = true;
  try {
    const code = s.code.trim();
    const answer = await call('GET', `/api/status/${encodeURIComponent(code || '-')}`);
    if (answer.ok) {
      s.error = null;
      s.result = answer.data;
      s.busy = false;
      go(statusResultScreen);
      return;
    }
    const problem = answer.data;
    if (answer.status === 404) s.error = { reason: 'not_found', text: () => t('status.notFound') };
    else if (problem?.codes?.code === 'mistyped') s.error = { reason: 'mistyped', text: () => t('status.mistyped') };
    else if (problem?.codes) s.error = { reason: problem.codes.code ?? 'invalid', text: () => fieldError(problem, 'code') ?? t('error.generic') };
    else s.error = { reason: 'server', text: () => t('error.server') };
    s.busy = false;
    render();
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
  } finally {
    s.busy = false;
  }
}

const stateName = (status) => t(`state.${status}`);

export function statusResultScreen() {
  const result = state().result;
  const history = result.history.map((step) => h('li', { class: 'history-item' },
    h('span', { class: 'history-at' }, formatDateTime(new Date(step.at), kiosk.office)),
    h('span', { class: 'history-status' }, stateName(step.status)),
    step.note ? h('span', { class: 'history-note' }, step.note) : null));
  return h('div', { class: 'step', id: 'status-result' },
    bar(`status.kind.${result.kind}`, () => { state().result = null; go(statusScreen); },
      button(t('nav.done'), () => goHome(), { class: 'btn-primary bar-next', id: 'done' })),
    h('div', { class: 'status-summary' },
      h('p', { class: 'status-code', id: 'status-code' }, result.code),
      h('p', { class: 'status-caption' }, t('status.current')),
      h('p', { class: 'status-now', id: 'status-now', dataset: { status: result.status } }, stateName(result.status))),
    h('h2', { class: 'history-title' }, t('status.history')),
    h('ol', { class: 'history', id: 'history' }, ...history),
    button(t('status.again'), () => { kiosk.data.status = { code: '', error: null, result: null, busy: false }; go(statusScreen); }, { class: 'btn-secondary btn-wide', id: 'again' }));
}
