// Ambil Antrian: one tap on a service issues the ticket; priority is an optional toggle above.
import { h, button } from '../dom.js';
import { t, language } from '../i18n.js';
import { kiosk, go, goHome, bar, render } from '../context.js';
import { call, Offline } from '../api.js';

const PRIORITIES = ['lansia', 'disabilitas', 'ibu_hamil'];

export function ticketScreen() {
  const state = kiosk.data.ticket;
  const priorityRow = h('div', { class: 'priority-row', role: 'group' },
    h('span', { class: 'priority-label' }, t('ticket.priority')),
    ...PRIORITIES.map((p) => button(t(`priority.${p}`), () => {
      state.priority = state.priority === p ? null : p;
      render();
    }, { class: 'btn-toggle', dataset: { priority: p }, 'aria-pressed': String(state.priority === p) })));
  const services = h('div', { class: 'services' }, ...kiosk.office.services.map((s) => h('button', {
    type: 'button', class: 'btn btn-primary service', dataset: { service: s.code }, disabled: state.busy,
    onclick: () => issue(s.code),
  }, h('span', { class: 'service-code' }, s.code), h('span', { class: 'service-name' }, language() === 'id' ? s.name : s.nameEn))));
  const error = state.error ? h('p', { class: 'field-error', role: 'alert' }, state.error) : null;
  return h('div', { class: 'step', id: 'ticket' }, bar('ticket.title', () => goHome()), priorityRow, error, services);
}

async function issue(service) {
  const state = kiosk.data.ticket;
  if (state.busy) return;
  state.busy = true;
  state.error = null;
  try {
    const body = { service };
    if (state.priority) body.priority = state.priority;
    const answer = await call('POST', '/api/tickets', body);
    if (answer.status === 201) {
      state.result = answer.data;
      state.busy = false;
      go(ticketResultScreen);
      return;
    }
    const field = Object.keys(answer.data?.codes ?? {})[0];
    state.error = field ? (answer.data.errors?.[field]?.[0] ?? t('error.generic')) : t('error.server');
    state.busy = false;
    render();
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
  } finally {
    state.busy = false;
  }
}

function serviceName(code) {
  const s = kiosk.office.services.find((x) => x.code === code);
  if (!s) return code;
  return language() === 'id' ? s.name : s.nameEn;
}

function printBlock(ticket) {
  const print = ticket.print;
  if (!print) return null;
  if (print.status === 'printed') return h('p', { class: 'print print-ok', id: 'print-status', dataset: { print: 'printed' } }, t('ticket.printed'));
  if (print.status === 'pending') return h('p', { class: 'print print-pending', id: 'print-status', dataset: { print: 'pending' } }, t('ticket.printPending'));
  const problem = ['paper_out', 'cover_open', 'offline'].includes(print.problem) ? print.problem : 'other';
  return h('div', { class: 'print print-failed', id: 'print-status', dataset: { print: 'failed', problem }, role: 'alert' },
    h('p', { class: 'print-problem' }, t(`ticket.printFailed.${problem}`)),
    h('p', { class: 'print-advice' }, t('ticket.printFailedAdvice')));
}

export function ticketResultScreen() {
  const ticket = kiosk.data.ticket.result;
  const failed = ticket.print?.status === 'failed';
  const ahead = ticket.peopleAhead === 0 ? t('ticket.peopleAheadNone') : t('ticket.peopleAhead', { n: ticket.peopleAhead });
  return h('div', { class: `step ticket-result ${failed ? 'is-failed compact' : ''}`, id: 'ticket-result' },
    h('div', { class: 'ticket-main' },
      h('p', { class: 'ticket-caption' }, t('ticket.yourNumber')),
      h('p', { class: 'ticket-number', id: 'ticket-number' }, ticket.code),
      h('p', { class: 'ticket-service' }, serviceName(ticket.service)),
      ticket.priority && ticket.priority !== 'none'
        ? h('p', { class: 'ticket-priority' }, t('ticket.priorityBadge', { priority: t(`priority.${ticket.priority}`) })) : null,
      h('p', { class: 'ticket-ahead', id: 'ticket-ahead' }, ahead),
      h('p', { class: 'ticket-wait', id: 'ticket-wait' }, t('ticket.wait', { n: ticket.estimatedWaitMinutes }))),
    h('div', { class: 'ticket-side' },
      printBlock(ticket),
      failed ? h('img', { class: 'ticket-image', id: 'ticket-image', alt: t('ticket.imageAlt'), src: `/api/tickets/${encodeURIComponent(ticket.code)}/image` }) : null,
      button(t('nav.done'), () => goHome(), { class: 'btn-primary btn-wide', id: 'done' })));
}
