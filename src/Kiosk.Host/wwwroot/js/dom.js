// A tiny DOM builder: every visible word comes from i18n.t, never from a literal here.

/** h('button', { class: 'btn', onclick: fn, dataset: { key: 'a' } }, child...) */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'class') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name in el && name !== 'list') el[name] = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function button(label, onTap, props = {}) {
  return h('button', { type: 'button', ...props, class: `btn ${props.class ?? 'btn-secondary'}`, onclick: onTap }, label);
}
