import { t, applyWords, toggleLanguage, device, token, forget, takeFromFragment, pairing, api } from '/staff/staff.js';

const $ = (id) => document.getElementById(id);
let me = null;
let last = null;

async function start() {
  $('lang').onclick = () => { toggleLanguage(); draw(); };
  applyWords();
  await takeFromFragment();
  if (!token() || device()?.kind !== 'counter') {
    forget();
    await pairing('counter');
  }
  me = device();
  $('desk').hidden = false;
  for (const button of document.querySelectorAll('.actions [data-action]')) {
    button.onclick = () => act(button.dataset.action);
  }
  $('transfer-form').onsubmit = (e) => { e.preventDefault(); act('transfer', { service: $('transfer-service').value }); };
  $('call-form').onsubmit = (e) => { e.preventDefault(); act('call', { code: $('call-code').value }); };
  $('logout').onclick = () => { forget(); location.reload(); };
  await services();
  await refresh();
  setInterval(refresh, 5000);
}

/** The office's services, for the transfer choice. */
async function services() {
  const response = await fetch('/api/office', { cache: 'no-store' }).catch(() => null);
  if (!response?.ok) return;
  const office = await response.json();
  $('transfer-service').replaceChildren(...office.services.map((s) => new Option(`${s.code} – ${s.name}`, s.code)));
}

async function act(action, body) {
  $('message').textContent = '';
  for (const b of document.querySelectorAll('[data-action]')) b.disabled = true;
  const result = await api('POST', `/api/counters/${me.id}/${action}`, body);
  for (const b of document.querySelectorAll('[data-action]')) b.disabled = false;
  if (result.status === 401) return location.reload();
  if (result.status >= 400 || result.status === 0) $('message').textContent = result.body.detail ?? `HTTP ${result.status}`;
  if (action === 'call' && result.status === 200) $('call-code').value = '';
  await refresh();
}

async function refresh() {
  const result = await api('GET', `/api/counters/${me.id}`);
  if (result.status === 401) return location.reload();
  if (result.status !== 200) {
    $('message').textContent = result.body.detail ?? `HTTP ${result.status}`;
    return;
  }
  last = result.body;
  draw();
}

function draw() {
  if (!last) return;
  $('counter-name').textContent = last.name;
  document.title = last.name;
  $('current').textContent = last.current?.code ?? t('counter.none');
  $('current').classList.toggle('empty', !last.current);
  const waiting = $('waiting');
  waiting.replaceChildren(...last.waiting.map((w) => {
    const li = document.createElement('li');
    li.dataset.code = w.code;
    const code = document.createElement('strong');
    code.textContent = w.code;
    const note = document.createElement('span');
    note.textContent = [w.priority !== 'none' ? t(`priority.${w.priority}`) : null, t('counter.minutes', { n: w.waitedMinutes })].filter(Boolean).join(' · ');
    li.append(code, note);
    return li;
  }));
  if (last.waiting.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = t('counter.nobody');
    waiting.append(li);
  }
  $('stat-called').textContent = last.stats.called;
  $('stat-served').textContent = last.stats.served;
  $('stat-no-show').textContent = last.stats.noShow;
  $('stat-mean').textContent = last.stats.meanServiceMinutes === null ? '–' : t('counter.meanValue', { n: last.stats.meanServiceMinutes });
}

start();
