// Building the page from data without ever parsing it as HTML: every value becomes a text node, so a secret name,
// tag or error message can never turn into markup or script.

/** An element: h('a', {href: '#/x', class: 'y', onclick: f}, 'text', child, [more]). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'value') {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** An API error as the user should read it: the code, the API's own message and the request id to look up. */
export function errorBox(error) {
  if (!error || !error.code) {
    return h('div', { class: 'error', 'data-test': 'error' }, String(error && error.message || error));
  }
  return h('div', { class: 'error', 'data-test': 'error', role: 'alert' },
      h('strong', { 'data-test': 'error-code' }, error.code), ' ', error.message,
      error.requestId ? h('span', { class: 'muted' }, ` (RequestId ${error.requestId})`) : null);
}

export function notice(text) {
  return h('div', { class: 'notice', 'data-test': 'notice', role: 'status' }, text);
}

/** Runs an action from a button: disables it meanwhile, then shows the outcome in the status element. */
export async function act(button, status, work, done) {
  button.disabled = true;
  fill(status);
  try {
    const result = await work();
    if (done) {
      fill(status, notice(done));
    }
    return result;
  } catch (e) {
    fill(status, errorBox(e));
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** A card whose body is filled by an asynchronous load; a failed load shows the API's error in place. */
export function card(title, load, testId) {
  const body = h('div', { class: 'card-body' }, h('p', { class: 'muted' }, 'Loading…'));
  const element = h('section', { class: 'card', 'data-test': testId }, h('h2', {}, title), body);
  Promise.resolve().then(load).then(content => fill(body, content), e => fill(body, errorBox(e)));
  return element;
}

export function table(headers, rows, testId) {
  return h('table', { 'data-test': testId },
      h('thead', {}, h('tr', {}, headers.map(name => h('th', {}, name)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: headers.length, class: 'muted' }, 'None.'))));
}

export function field(label, input, hint) {
  return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
}

export function badge(text, kind) {
  return h('span', { class: 'badge ' + (kind || '') }, text);
}

/** A wire time ("2026-12-05T10:00:00Z") as the reader's local date and time; empty stays empty. */
export function when(text) {
  if (!text) {
    return '';
  }
  const date = new Date(text);
  return isNaN(date) ? text : date.toLocaleString();
}

/** The tags of a reply ({Tags: {Tag: [...]}}) as [{TagKey, TagValue}]. */
export function tagsOf(reply) {
  return (reply && reply.Tags && reply.Tags.Tag) || [];
}

/** A random version id for writes the console makes (CreateSecret, PutSecretValue, RotateSecret). */
export function newVersionId() {
  return 'console-' + crypto.randomUUID();
}
