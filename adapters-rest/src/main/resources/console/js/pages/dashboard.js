// Dashboard: counts, managed secrets due for rotation within a week, failed rotations (Invalid), secrets and keys
// pending deletion. It reads the first 100 secrets and keys (ListSecrets, ListKeys, then a Describe of each managed
// secret and each key); each card shows the API's error in place when the signed-in key may not read it.
import { call } from '../api.js';
import { card, fill, h, table, when } from '../dom.js';
import { MANAGED_TYPES, dueSoon, keyLink, rotationStatus, secretLink } from './common.js';

const SAMPLE = 100;

export function render(section) {
  const secrets = call('ListSecrets', { PageSize: SAMPLE });
  const managed = call('ListSecrets', { PageSize: SAMPLE,
    Filters: JSON.stringify([{ Key: 'SecretType', Values: MANAGED_TYPES }]) })
      .then(r => Promise.all(((r.SecretList && r.SecretList.Secret) || []).map(s =>
          call('DescribeSecret', { SecretName: s.SecretName }))));
  const keys = call('ListKeys', { PageSize: SAMPLE }).then(r => Promise.all(((r.Keys && r.Keys.Key) || []).map(k =>
      call('DescribeKey', { KeyId: k.KeyId }).then(d => d.KeyMetadata))).then(list => ({ total: r.TotalCount, list })));
  const count = (label, value, test) => h('div', { class: 'count', 'data-test': test },
      h('strong', {}, String(value)), h('span', {}, label));
  fill(section, h('h1', {}, 'Dashboard'),
      h('div', { class: 'counts' },
          card('Secrets', async () => {
            const r = await secrets;
            const list = (r.SecretList && r.SecretList.Secret) || [];
            return h('div', {}, count('secrets', r.TotalCount, 'count-secrets'),
                count('pending deletion' + (r.TotalCount > SAMPLE ? ` (of the first ${SAMPLE})` : ''),
                    list.filter(s => s.PlannedDeleteTime).length, 'count-pending-secrets'));
          }, 'card-secrets'),
          card('Managed secrets', async () => {
            const list = await managed;
            return h('div', {}, count('managed', list.length, 'count-managed'),
                count('rotating automatically', list.filter(d => d.AutomaticRotation === 'Enabled').length,
                    'count-rotating'),
                count('failed rotation (Invalid)', list.filter(d => d.AutomaticRotation === 'Invalid').length,
                    'count-invalid'));
          }, 'card-managed'),
          card('Keys', async () => {
            const { total, list } = await keys;
            return h('div', {}, count('keys', total, 'count-keys'),
                count('pending deletion', list.filter(k => k.KeyState === 'PendingDeletion').length,
                    'count-pending-keys'),
                count('disabled', list.filter(k => k.KeyState === 'Disabled').length, 'count-disabled-keys'));
          }, 'card-keys')),
      card('Rotation due within a week, or failed', async () => {
        const list = (await managed).filter(d => dueSoon(d) || d.AutomaticRotation === 'Invalid');
        return table(['Secret', 'Type', 'Rotation', 'Last rotation'], list.map(d => h('tr', { 'data-test': 'due-row' },
            h('td', {}, secretLink(d.SecretName)), h('td', {}, d.SecretType), h('td', {}, rotationStatus(d)),
            h('td', {}, when(d.LastRotationDate)))), 'due-table');
      }, 'card-due'),
      card('Keys pending deletion', async () => {
        const list = (await keys).list.filter(k => k.KeyState === 'PendingDeletion');
        return table(['Key', 'Deletion date'], list.map(k => h('tr', {}, h('td', {}, keyLink(k.KeyId)),
            h('td', {}, when(k.DeleteDate)))), 'pending-keys-table');
      }, 'card-pending-keys'));
}
