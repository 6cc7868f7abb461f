import { applyWords, t, device, token, forget, takeFromFragment, pairing, api, stream } from '/staff/staff.js';

const $ = (id) => document.getElementById(id);
const SHOWN = 5;
let calls = [];
let waiting = {};
const sounds = [];
let playing = false;

async function start() {
  applyWords();
  await takeFromFragment();
  if (!token()) await pairing('display');
  $('board').hidden = false;
  await load();
  listen();
}

async function load() {
  const result = await api('GET', '/api/display');
  if (result.status === 401) return location.reload();
  if (result.status !== 200) return;
  calls = result.body.calls;
  waiting = result.body.waiting;
  draw();
}

/** The push: every call as it happens; on a broken stream, reload the list and listen again. */
async function listen() {
  for (;;) {
    try {
      $('offline').hidden = true;
      await stream('/api/display/events', (name, call) => { if (name === 'call') arrived(call); });
    } catch {
      if (!token()) return location.reload();
    }
    $('offline').hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await load();
  }
}

function arrived(call) {
  calls = [call, ...calls.filter((c) => c.sequence !== call.sequence)].slice(0, SHOWN);
  draw();
  document.body.dataset.lastSequence = call.sequence;
  // Waiting counts change with every call: fetched after, never in the way of showing the number.
  api('GET', '/api/display').then((r) => { if (r.status === 200) { waiting = r.body.waiting; drawWaiting(); } });
  announce(call);
}

function draw() {
  const [now, ...before] = calls;
  $('now').classList.toggle('empty', !now);
  $('now-code').textContent = now?.code ?? t('display.none');
  $('now-counter').textContent = now?.counter ?? '';
  $('now').dataset.sequence = now?.sequence ?? '';
  $('now').classList.remove('flash');
  void $('now').offsetWidth;
  if (now) $('now').classList.add('flash');
  $('recent').replaceChildren(...before.map((c) => {
    const li = document.createElement('li');
    const code = document.createElement('strong');
    code.textContent = c.code;
    const to = document.createElement('span');
    to.textContent = c.counter;
    li.append(code, to);
    return li;
  }));
  drawWaiting();
}

function drawWaiting() {
  $('waiting').replaceChildren(...Object.entries(waiting).map(([service, count]) => {
    const li = document.createElement('li');
    li.dataset.service = service;
    li.textContent = `${service}: ${count}`;
    return li;
  }));
}

/** Chime, then the spoken call; calls queue up and never overlap. */
function announce(call) {
  sounds.push('/staff/chime.wav');
  if (call.audio) sounds.push(call.audio);
  if (!playing) playNext();
}

function playNext() {
  const next = sounds.shift();
  if (!next) {
    playing = false;
    return;
  }
  playing = true;
  const audio = new Audio(next);
  audio.onended = playNext;
  audio.onerror = playNext;
  audio.play().catch(playNext);
}

start();
