// Shared by the counter page and the waiting-room display: the device's token (localStorage),
// pairing, the words in Indonesian and English, API calls with the bearer token, and the call push.
const TOKEN = 'kiosk.staff.token';
const DEVICE = 'kiosk.staff.device';
const LANG = 'kiosk.staff.lang';

const WORDS = {
  id: {
    'lang.toggle': 'English',
    'pair.title': 'Pasangkan perangkat ini',
    'pair.hint': 'Ketik kode pemasangan dari teknisi (contoh K7QM-2XPD).',
    'pair.code': 'Kode pemasangan',
    'pair.submit': 'Pasangkan',
    'pair.wrong': 'Kode ini untuk {kind} lain. Minta kode yang benar.',
    'counter.current': 'Sedang dilayani',
    'counter.none': 'Belum ada nomor dipanggil',
    'counter.callNext': 'Panggil berikutnya',
    'counter.recall': 'Panggil ulang',
    'counter.noShow': 'Tidak hadir',
    'counter.served': 'Selesai',
    'counter.transfer': 'Pindahkan ke layanan',
    'counter.transferDo': 'Pindahkan',
    'counter.callCode': 'Panggil nomor tertentu',
    'counter.callCodeDo': 'Panggil',
    'counter.waiting': 'Menunggu',
    'counter.nobody': 'Tidak ada yang menunggu.',
    'counter.minutes': '{n} menit',
    'counter.stats': 'Hari ini',
    'counter.called': 'Dipanggil',
    'counter.servedCount': 'Selesai',
    'counter.noShowCount': 'Tidak hadir',
    'counter.mean': 'Rata-rata layanan',
    'counter.meanValue': '{n} menit',
    'counter.nobodyWaits': 'Tidak ada yang menunggu.',
    'counter.logout': 'Lepas perangkat',
    'priority.lansia': 'lansia',
    'priority.disabilitas': 'disabilitas',
    'priority.ibu_hamil': 'ibu hamil',
    'display.title': 'Nomor Antrian',
    'display.to': 'silakan ke',
    'display.recent': 'Panggilan sebelumnya',
    'display.waiting': 'Menunggu',
    'display.none': 'Belum ada panggilan',
    'display.offline': 'Menyambung ulang…',
    'error.network': 'Tidak tersambung ke kios. Periksa jaringan.',
  },
  en: {
    'lang.toggle': 'Bahasa Indonesia',
    'pair.title': 'Pair this device',
    'pair.hint': 'Type the pairing code from the technician (e.g. K7QM-2XPD).',
    'pair.code': 'Pairing code',
    'pair.submit': 'Pair',
    'pair.wrong': 'This code is for another {kind}. Ask for the right one.',
    'counter.current': 'Now serving',
    'counter.none': 'No number called yet',
    'counter.callNext': 'Call next',
    'counter.recall': 'Call again',
    'counter.noShow': 'Not present',
    'counter.served': 'Done',
    'counter.transfer': 'Transfer to service',
    'counter.transferDo': 'Transfer',
    'counter.callCode': 'Call a specific number',
    'counter.callCodeDo': 'Call',
    'counter.waiting': 'Waiting',
    'counter.nobody': 'Nobody is waiting.',
    'counter.minutes': '{n} min',
    'counter.stats': 'Today',
    'counter.called': 'Called',
    'counter.servedCount': 'Served',
    'counter.noShowCount': 'Not present',
    'counter.mean': 'Mean service time',
    'counter.meanValue': '{n} min',
    'counter.nobodyWaits': 'Nobody is waiting.',
    'counter.logout': 'Unpair device',
    'priority.lansia': 'elderly',
    'priority.disabilitas': 'disability',
    'priority.ibu_hamil': 'pregnant',
    'display.title': 'Queue Number',
    'display.to': 'please go to',
    'display.recent': 'Previous calls',
    'display.waiting': 'Waiting',
    'display.none': 'No calls yet',
    'display.offline': 'Reconnecting…',
    'error.network': 'Cannot reach the kiosk. Check the network.',
  },
};

let lang = localStorage.getItem(LANG) === 'en' ? 'en' : 'id';

export function t(key, vars = {}) {
  const text = WORDS[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

export function applyWords(root = document) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}

export function toggleLanguage() {
  lang = lang === 'id' ? 'en' : 'id';
  localStorage.setItem(LANG, lang);
  applyWords();
}

export const device = () => JSON.parse(localStorage.getItem(DEVICE) ?? 'null');
export const token = () => localStorage.getItem(TOKEN);

export function forget() {
  localStorage.removeItem(TOKEN);
  localStorage.removeItem(DEVICE);
}

/** A token or pairing code handed in the URL's fragment (never sent to the server): #token=... or #pair=.... */
export async function takeFromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
  if (params.get('token')) {
    localStorage.setItem(TOKEN, params.get('token'));
    localStorage.setItem(DEVICE, JSON.stringify({ kind: params.get('kind') ?? 'display' }));
    return true;
  }
  if (params.get('pair')) return (await pair(params.get('pair'))).ok;
  return false;
}

/** Exchanges a pairing code for the token; { ok } or { ok: false, message }. */
export async function pair(code) {
  let response;
  try {
    response = await fetch('/api/counters/pair', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    return { ok: false, message: t('error.network') };
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) return { ok: false, message: body.detail ?? `HTTP ${response.status}` };
  localStorage.setItem(TOKEN, body.token);
  localStorage.setItem(DEVICE, JSON.stringify({ kind: body.kind, id: body.id, name: body.name, services: body.services }));
  return { ok: true, device: body };
}

/** The API with the bearer token: { status, body }; a 401 forgets the token (it was revoked). */
export async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${token()}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    return { status: 0, body: { detail: t('error.network') } };
  }
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : {};
  if (response.status === 401) forget();
  return { status: response.status, body: parsed };
}

/**
 * Server-Sent Events read through fetch, so the token travels in the Authorization header (EventSource
 * cannot send one). Calls onEvent(name, data) for each event; resolves when the stream ends.
 */
export async function stream(path, onEvent, signal) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` }, cache: 'no-store', signal });
  if (response.status === 401) forget();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}

/** Shows the pairing form until a device of `kind` is paired; resolves then. */
export function pairing(kind) {
  const form = document.getElementById('pair');
  const input = document.getElementById('pair-code');
  const error = document.getElementById('pair-error');
  form.hidden = false;
  input.focus();
  return new Promise((resolve) => {
    form.onsubmit = async (event) => {
      event.preventDefault();
      error.textContent = '';
      const result = await pair(input.value);
      if (!result.ok) {
        error.textContent = result.message;
        return;
      }
      if (kind === 'counter' && result.device.kind !== 'counter') {
        forget();
        error.textContent = t('pair.wrong', { kind: 'loket' });
        return;
      }
      form.hidden = true;
      resolve(result.device);
    };
  });
}
