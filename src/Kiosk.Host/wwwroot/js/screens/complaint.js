// Pengaduan: category → village → description → (anonymous | name, NIK, phone) → review → tracking code.
import { h, button } from '../dom.js';
import { t, language } from '../i18n.js';
import { kiosk, go, goHome, bar, render, fieldError } from '../context.js';
import { keyboard, edit } from '../keyboard.js';
import { call, Offline } from '../api.js';

const MIN = 10;
const MAX = 1000;
const STEP_OF_FIELD = { category: () => categoryScreen, village: () => villageScreen, description: () => descriptionScreen, name: () => nameScreen, nik: () => nikScreen, phone: () => phoneScreen };
const state = () => kiosk.data.complaint;
const label = (item) => (language() === 'id' ? item.name : item.nameEn);

function clearError(field) {
  const problem = state().problem;
  if (problem?.codes) delete problem.codes[field];
}

function errorFor(field) {
  const message = fieldError(state().problem, field);
  return h('p', { class: 'field-error', role: 'alert', dataset: { errorFor: field }, hidden: !message }, message ?? '');
}

export function categoryScreen() {
  return h('div', { class: 'step', id: 'complaint-category' },
    bar('complaint.categoryTitle', () => goHome()),
    errorFor('category'),
    h('div', { class: 'choices' }, ...kiosk.office.categories.map((c) => button(label(c), () => {
      state().category = c.code;
      clearError('category');
      go(villageScreen);
    }, { class: `btn-choice ${state().category === c.code ? 'is-selected' : ''}`, dataset: { category: c.code } }))));
}

export function villageScreen() {
  const s = state();
  const needle = s.search.trim().toLowerCase();
  const villages = kiosk.office.villages.filter((v) => v.toLowerCase().includes(needle));
  const list = h('div', { class: 'choices villages', id: 'villages' }, ...villages.map((v) => button(v, () => {
    s.village = v;
    s.searching = false;
    clearError('village');
    go(descriptionScreen);
  }, { class: `btn-choice ${s.village === v ? 'is-selected' : ''}`, dataset: { village: v } })));
  if (villages.length === 0) list.append(h('p', { class: 'hint' }, t('complaint.villageNone')));
  const search = h('div', { class: 'search', id: 'village-search', dataset: { empty: String(s.search.length === 0) }, role: 'searchbox', 'aria-label': t('complaint.villageSearch'), onclick: () => { s.searching = true; render(); } },
    s.search.length === 0 ? t('complaint.villageSearch') : s.search);
  return h('div', { class: `step village-step ${s.searching ? 'is-searching' : ''}`, id: 'complaint-village' },
    bar('complaint.villageTitle', () => go(categoryScreen)),
    search,
    errorFor('village'),
    list,
    s.searching ? keyboard('search', (key) => { s.search = edit(s.search, key, 40); render(); }) : null);
}

export function descriptionScreen() {
  const s = state();
  const count = h('span', { class: 'counter', id: 'counter' });
  const next = button(t('nav.next'), () => {
    if (s.description.trim().length < MIN) return;
    clearError('description');
    go(s.problem?.codes && Object.keys(s.problem.codes).length > 0 ? reviewScreen : identityScreen);
  }, { class: 'btn-primary bar-next', id: 'next' });
  const area = h('textarea', { class: 'text-input description', id: 'field-description', 'aria-label': t('complaint.descriptionTitle'), maxLength: MAX, inputMode: 'none', spellcheck: false, autocomplete: 'off', rows: 2, placeholder: t('complaint.tooShort', { min: MIN }), value: s.description });
  const hint = h('p', { class: 'field-hint', id: 'description-hint' });
  const update = () => {
    const n = s.description.length;
    count.textContent = t('complaint.counter', { n, max: MAX });
    const short = s.description.trim().length < MIN;
    next.disabled = short;
    hint.textContent = short ? t('complaint.tooShort', { min: MIN }) : '';
    hint.hidden = !short;
  };
  // A physical keyboard types straight into the textarea; the on-screen keys edit the same text.
  area.addEventListener('input', () => { s.description = area.value; update(); });
  const kb = keyboard('text', (key) => {
    s.description = edit(s.description, key, MAX);
    area.value = s.description;
    area.scrollTop = area.scrollHeight;
    area.focus({ preventScroll: true });
    update();
  });
  update();
  queueMicrotask(() => area.focus({ preventScroll: true }));
  return h('div', { class: 'step input-step', id: 'complaint-description' },
    h('div', { class: 'bar' },
      button(t('nav.back'), () => go(villageScreen), { class: 'btn-secondary bar-back', id: 'back' }),
      h('h1', { class: 'bar-title' }, t('complaint.descriptionTitle')),
      count,
      next),
    h('div', { class: 'field' }, area, hint, errorFor('description')),
    kb);
}

export function identityScreen() {
  const s = state();
  return h('div', { class: 'step', id: 'complaint-identity' },
    bar('complaint.identityTitle', () => go(descriptionScreen)),
    h('p', { class: 'hint' }, t('complaint.identityHint')),
    h('div', { class: 'choices choices-two' },
      button(t('complaint.anonymous'), () => { s.identify = false; s.name = ''; s.nik = ''; s.phone = ''; go(reviewScreen); }, { class: 'btn-choice', id: 'anonymous' }),
      button(t('complaint.identify'), () => { s.identify = true; go(nameScreen); }, { class: 'btn-choice', id: 'identify' })));
}

function typedField(id, titleKey, field, layout, max, back, forward) {
  const s = state();
  const shown = h('div', { class: 'text-input single', id: `field-${field}`, dataset: { field }, role: 'textbox', 'aria-label': t(titleKey), tabIndex: 0 }, s[field]);
  const apply = (key) => { s[field] = edit(s[field], key, max); shown.textContent = s[field]; };
  // A physical keyboard works too.
  shown.addEventListener('keydown', (e) => {
    if (e.key === 'Backspace') apply('backspace');
    else if (e.key === 'Enter') forward();
    else if (e.key.length === 1 && (layout === 'text' || /[0-9+]/.test(e.key))) apply(e.key);
    else return;
    e.preventDefault();
  });
  queueMicrotask(() => shown.focus({ preventScroll: true }));
  return h('div', { class: `step input-step ${layout === 'text' ? '' : 'pad-step'}`, id },
    bar(titleKey, back, button(t('nav.next'), () => { clearError(field); forward(); }, { class: 'btn-primary bar-next', id: 'next' })),
    h('div', { class: 'field' }, shown, errorFor(field)),
    keyboard(layout, apply));
}

export const nameScreen = () => typedField('complaint-name', 'complaint.nameTitle', 'name', 'text', 100, () => go(identityScreen), () => go(nikScreen));
export const nikScreen = () => typedField('complaint-nik', 'complaint.nikTitle', 'nik', 'digits', 16, () => go(nameScreen), () => go(phoneScreen));
export const phoneScreen = () => typedField('complaint-phone', 'complaint.phoneTitle', 'phone', 'phone', 16, () => go(nikScreen), () => go(reviewScreen));

export function reviewScreen() {
  const s = state();
  const category = kiosk.office.categories.find((c) => c.code === s.category);
  const row = (field, value, screen) => h('div', { class: 'review-row', dataset: { field } },
    h('div', { class: 'review-text' },
      h('span', { class: 'review-label' }, t(`field.${field}`)),
      h('span', { class: 'review-value' }, value)),
    button(t('complaint.edit'), () => go(screen), { class: 'btn-secondary review-edit', dataset: { edit: field } }));
  const empty = t('complaint.emptyValue');
  const rows = [
    row('category', category ? label(category) : empty, categoryScreen),
    row('village', s.village ?? empty, villageScreen),
    row('description', s.description, descriptionScreen),
  ];
  if (s.identify) {
    rows.push(row('name', s.name || empty, nameScreen), row('nik', s.nik || empty, nikScreen), row('phone', s.phone || empty, phoneScreen));
  } else {
    rows.push(row('name', t('complaint.anonymousValue'), identityScreen));
  }
  const send = button(t('complaint.send'), submit, { class: 'btn-primary bar-next', id: 'send', disabled: s.busy });
  return h('div', { class: 'step compact', id: 'complaint-review' },
    bar('complaint.reviewTitle', () => go(s.identify ? phoneScreen : identityScreen), send),
    s.serverError ? h('p', { class: 'field-error', role: 'alert' }, s.serverError) : null,
    h('div', { class: 'review' }, ...rows));
}

async function submit() {
  const s = state();
  if (s.busy) return;
  s.busy = true;
  s.serverError = null;
  const body = { category: s.category, village: s.village, description: s.description };
  if (s.identify) {
    if (s.name.trim()) body.name = s.name.trim();
    if (s.nik) body.nik = s.nik;
    if (s.phone) body.phone = s.phone;
  }
  try {
    const answer = await call('POST', '/api/complaints', body);
    if (answer.status === 201) {
      kiosk.data.complaint = { ...state(), result: answer.data, description: '', name: '', nik: '', phone: '' };
      s.busy = false;
      go(complaintDoneScreen);
      return;
    }
    if (answer.status === 400 && answer.data?.codes) {
      s.problem = answer.data;
      const first = Object.keys(STEP_OF_FIELD).find((f) => f in answer.data.codes);
      if (first) {
        s.busy = false;
      go(STEP_OF_FIELD[first]());
        return;
      }
    }
    s.serverError = t('error.server');
    s.busy = false;
    render();
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
  } finally {
    s.busy = false;
  }
}

export function complaintDoneScreen() {
  const result = state().result;
  const groups = result.trackingCode.split('-');
  return h('div', { class: 'step done-step', id: 'complaint-done' },
    h('h1', { class: 'done-title' }, t('complaint.doneTitle')),
    h('p', { class: 'done-caption' }, t('complaint.codeLabel')),
    h('p', { class: 'tracking-code', id: 'tracking-code', dataset: { code: result.trackingCode } },
      ...groups.map((g, i) => [i > 0 ? h('span', { class: 'code-sep' }, '-') : null, h('span', { class: 'code-group' }, g)])),
    h('p', { class: 'save-code' }, t('complaint.saveCode')),
    h('p', { class: 'hint' }, t('complaint.saveCodeHint')),
    h('p', { class: 'sms-check', id: 'sms-check' }, t('complaint.smsCheck', { code: result.trackingCode, number: kiosk.office.smsNumber })),
    button(t('nav.done'), () => goHome(), { class: 'btn-primary btn-wide', id: 'done' }));
}
