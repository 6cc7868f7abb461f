import { h } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../context.js';
import { ticketScreen } from './ticket.js';
import { categoryScreen } from './complaint.js';
import { statusScreen } from './status.js';

export function homeScreen() {
  const choice = (action, labelKey, hintKey, screen) => h('button', {
    type: 'button', class: `btn btn-primary home-choice home-${action}`, dataset: { action }, onclick: () => go(screen),
  }, h('span', { class: 'home-label' }, t(labelKey)), h('span', { class: 'home-hint' }, t(hintKey)));
  return h('div', { class: 'home', id: 'home' },
    choice('ticket', 'home.ticket', 'home.ticketHint', ticketScreen),
    choice('complaint', 'home.complaint', 'home.complaintHint', categoryScreen),
    choice('status', 'home.status', 'home.statusHint', statusScreen));
}
