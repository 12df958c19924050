// Pieces several pages share: links to secrets and keys, and the rotation and deletion status of a secret.
import { badge, h, when } from '../dom.js';

export const SECRET_TYPES = ['Generic', 'Rds', 'Redis', 'PolarDB', 'RAMCredentials', 'ECS'];
export const MANAGED_TYPES = SECRET_TYPES.filter(type => type !== 'Generic');

export function secretLink(name) {
  return h('a', { href: '#/secret/' + encodeURIComponent(name), 'data-test': 'secret-link' }, name);
}

export function keyLink(id) {
  return h('a', { href: '#/key/' + encodeURIComponent(id), 'data-test': 'key-link' }, id);
}

/** Enabled (with the next date), Disabled, Invalid (a failed rotation) or nothing for a Generic secret. */
export function rotationStatus(described) {
  const status = described.AutomaticRotation;
  if (!status) {
    return '';
  }
  if (status === 'Enabled') {
    return h('span', {}, badge('Enabled', 'ok'), described.NextRotationDate
        ? h('small', { class: 'muted' }, ' next ' + when(described.NextRotationDate)) : null);
  }
  return badge(status, status === 'Invalid' ? 'bad' : '');
}

export function plannedDeletion(time) {
  return time ? h('span', {}, badge('Pending deletion', 'bad'), h('small', { class: 'muted' }, ' ' + when(time))) : '';
}

/** Whether a managed secret's next rotation is due within a week (or overdue). */
export function dueSoon(described, now = Date.now()) {
  return described.AutomaticRotation === 'Enabled' && described.NextRotationDate
      && new Date(described.NextRotationDate).getTime() - now < 7 * 24 * 3600 * 1000;
}
