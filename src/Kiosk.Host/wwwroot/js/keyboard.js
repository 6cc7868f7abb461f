// On-screen keyboards. Rows are laid on a 20-column grid; a plain key spans 2 columns.
import { h } from './dom.js';
import { t } from './i18n.js';

const letters = (row) => row.split('').map((c) => ({ char: c }));
const BACK = { special: 'backspace', span: 3 };
const LAYOUTS = {
  // Indonesian QWERTY (the same as US QWERTY) with digits, punctuation, shift and caps lock.
  text: [
    letters('1234567890'),
    letters('qwertyuiop'),
    [{ special: 'caps', span: 2 }, ...letters('asdfghjkl')],
    [{ special: 'shift', span: 3 }, ...letters('zxcvbnm'), BACK],
    [...letters(',.'), { special: 'spacebar', span: 10 }, ...letters('?-/')],
  ],
  // Searching a list: letters and space only.
  search: [
    letters('qwertyuiop'),
    [...letters('asdfghjkl'), { special: 'backspace', span: 2 }],
    [...letters('zxcvbnm'), { special: 'spacebar', span: 6 }],
  ],
  // Tracking codes and ticket numbers: digits, capital letters, the hyphen.
  code: [
    letters('1234567890'),
    letters('QWERTYUIOP'),
    [...letters('ASDFGHJKL'), { char: '-' }],
    [...letters('ZXCVBNM'), { special: 'backspace', span: 6 }],
  ],
  digits: [letters('123'), letters('456'), letters('789'), [{ special: 'backspace' }, { char: '0' }, { blank: true }]],
  phone: [letters('123'), letters('456'), letters('789'), [{ special: 'backspace' }, { char: '0' }, { char: '+' }]],
};

/**
 * A keyboard element; onKey receives a character, or 'backspace'. Shift is one letter in capitals,
 * caps keeps capitals until tapped again.
 */
export function keyboard(layout, onKey) {
  let shift = false;
  let caps = false;
  const pad = layout === 'digits' || layout === 'phone';
  const root = h('div', { class: `kb ${pad ? 'kb-pad' : 'kb-full'}`, dataset: { layout } });

  const refresh = () => {
    for (const key of root.querySelectorAll('[data-char]')) {
      const c = key.dataset.char;
      key.textContent = shift !== caps ? c.toUpperCase() : c;
    }
    root.querySelector('[data-key=shift]')?.setAttribute('aria-pressed', String(shift));
    root.querySelector('[data-key=caps]')?.setAttribute('aria-pressed', String(caps));
  };

  for (const row of LAYOUTS[layout]) {
    const rowEl = h('div', { class: 'kb-row' });
    for (const key of row) {
      const span = key.span ?? 2;
      const style = pad ? undefined : `grid-column: span ${span}`;
      if (key.blank) {
        rowEl.append(h('div', { class: 'kb-blank', style }));
      } else if (key.char) {
        rowEl.append(h('button', {
          type: 'button', class: 'kb-key', style, dataset: { key: key.char, char: key.char },
          onclick: () => {
            const upper = shift !== caps;
            onKey(upper ? key.char.toUpperCase() : key.char);
            if (shift) { shift = false; refresh(); }
          },
        }, key.char));
      } else {
        const labels = { backspace: 'kb.backspace', shift: 'kb.shift', caps: 'kb.caps', spacebar: 'kb.space' };
        const aria = { backspace: 'kb.backspaceLabel', shift: 'kb.shiftLabel', caps: 'kb.capsLabel' };
        rowEl.append(h('button', {
          type: 'button', class: `kb-key kb-${key.special}`, style, dataset: { key: key.special },
          'aria-label': aria[key.special] ? t(aria[key.special]) : undefined,
          onclick: () => {
            if (key.special === 'shift') shift = !shift;
            else if (key.special === 'caps') { caps = !caps; shift = false; }
            else onKey(key.special === 'spacebar' ? ' ' : 'backspace');
            refresh();
          },
        }, t(labels[key.special])));
      }
    }
    root.append(rowEl);
  }
  refresh();
  return root;
}

/** Applies a key from keyboard() to a string, keeping it at most max characters. */
export function edit(value, key, max) {
  if (key === 'backspace') return value.slice(0, -1);
  return value.length >= max ? value : value + key;
}
