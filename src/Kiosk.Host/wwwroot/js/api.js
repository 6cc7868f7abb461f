// Talks to the kiosk's HTTP API. An unreachable server shows the offline screen and rejects with Offline.
import { show as showOffline } from './offline.js';

export class Offline extends Error {}

/** { ok, status, data } for any HTTP answer; throws Offline when the server cannot be reached. */
export async function call(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    showOffline();
    throw new Offline();
  }
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    showOffline();
    throw new Offline();
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  return { ok: response.ok, status: response.status, data };
}
