// The console's shell: the sign-in form, the navigation, and a hash router that gives each page a fresh section.
// Signing out drops the key and empties the page, so nothing a page showed (a revealed value included) stays behind.
import { cryptoAvailable, signIn, signOut, signedInAs } from './api.js';
import { errorBox, fill, h } from './dom.js';
import * as dashboard from './pages/dashboard.js';
import * as secrets from './pages/secrets.js';
import * as secret from './pages/secret.js';
import * as create from './pages/create.js';
import * as keys from './pages/keys.js';
import * as key from './pages/key.js';
import * as audit from './pages/audit.js';

const root = document.getElementById('app');

/** Routes: a hash pattern and the page that renders it (into a section it is given, with the route's parts). */
const routes = [
  [/^#?\/?$/, dashboard],
  [/^#\/secrets$/, secrets],
  [/^#\/create$/, create],
  [/^#\/secret\/(.+)$/, secret],
  [/^#\/keys$/, keys],
  [/^#\/key\/(.+)$/, key],
  [/^#\/audit$/, audit],
];

const navigation = [
  ['#/', 'Dashboard', 'nav-dashboard'],
  ['#/secrets', 'Secrets', 'nav-secrets'],
  ['#/create', 'Create secret', 'nav-create'],
  ['#/keys', 'Keys', 'nav-keys'],
  ['#/audit', 'Audit', 'nav-audit'],
];

function showSignIn(problem) {
  const id = h('input', { name: 'accessKeyId', autocomplete: 'username', required: true, spellcheck: 'false',
    'data-test': 'access-key-id' });
  const secretInput = h('input', { name: 'accessKeySecret', type: 'password', autocomplete: 'current-password',
    required: true, 'data-test': 'access-key-secret' });
  const status = h('div', {}, problem ? errorBox(problem) : null);
  const submit = h('button', { type: 'submit', 'data-test': 'sign-in' }, 'Sign in');
  const form = h('form', { class: 'signin', 'data-test': 'sign-in-form', onsubmit: async event => {
    event.preventDefault();
    submit.disabled = true;
    fill(status);
    try {
      await signIn(id.value.trim(), secretInput.value);
      secretInput.value = '';
      showConsole();
    } catch (e) {
      fill(status, errorBox(e));
    } finally {
      submit.disabled = false;
    }
  } },
  h('h1', {}, 'kmsecrets'),
  h('p', { class: 'muted' }, 'Sign in with an access key pair. The console signs each API call in this browser; ' +
      'the key is kept in this tab\'s memory only and can do exactly what its policies allow.'),
  h('label', { class: 'field' }, h('span', {}, 'AccessKeyId'), id),
  h('label', { class: 'field' }, h('span', {}, 'AccessKeySecret'), secretInput),
  submit, status);
  if (!cryptoAvailable()) {
    submit.disabled = true;
    status.append(errorBox({ code: 'InsecureContext', message: 'This browser offers WebCrypto only over HTTPS ' +
        '(or on this machine): open the console through the service\'s HTTPS listener.' }));
  }
  fill(root, h('main', { class: 'signin-page' }, form));
  id.focus();
}

function showConsole() {
  const main = h('main', { id: 'page' });
  const nav = h('nav', {}, navigation.map(([href, label, test]) => h('a', { href, 'data-test': test }, label)));
  const signOutButton = h('button', { class: 'secondary', 'data-test': 'sign-out', onclick: () => {
    signOut();
    fill(root);
    history.replaceState(null, '', '#/');
    showSignIn();
  } }, 'Sign out');
  fill(root,
      h('header', {}, h('a', { class: 'brand', href: '#/' }, 'kmsecrets'), nav,
          h('span', { class: 'who', 'data-test': 'signed-in-as' }, signedInAs()), signOutButton),
      main);
  route();
}

function route() {
  const main = document.getElementById('page');
  if (!main || !signedInAs()) {
    return;
  }
  const hash = location.hash || '#/';
  for (const [pattern, page] of routes) {
    const match = hash.match(pattern);
    if (match) {
      const section = h('section', { class: 'page' });
      fill(main, section);
      for (const link of document.querySelectorAll('nav a')) {
        link.classList.toggle('active', link.getAttribute('href') === hash);
      }
      let parts;
      try {
        parts = match.slice(1).map(decodeURIComponent);
      } catch (malformed) {
        break;
      }
      page.render(section, ...parts);
      return;
    }
  }
  fill(main, h('section', { class: 'page' }, h('h1', {}, 'Not found'), h('p', {}, 'No page at ' + hash + '.')));
}

window.addEventListener('hashchange', route);
showSignIn();
