// The screen's words, loaded from /api/ui/strings/{lang} (files under Ui/Strings on the server).
const tables = {};
let current = 'id';

export async function load(languages) {
  for (const lang of languages) {
    const response = await fetch(`/api/ui/strings/${lang}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`strings ${lang}: ${response.status}`);
    tables[lang] = await response.json();
  }
}

export function setLanguage(lang) {
  current = lang;
  document.documentElement.lang = lang;
}

export function language() {
  return current;
}

export function has(key) {
  return key in (tables[current] ?? {});
}

/** The text for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = tables[current]?.[key];
  if (text === undefined) {
    console.error('i18n', key, current);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

/** Fills every [data-i18n] element under root. */
export function apply(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}
