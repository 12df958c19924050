// Keys: every key with its state, aliases and rotation (a DescribeKey and a ListAliasesByKeyId per row).
import { call } from '../api.js';
import { badge, errorBox, fill, h, table, when } from '../dom.js';
import { keyLink } from './common.js';

const PAGE_SIZE = 20;

export function keyState(state) {
  return badge(state, state === 'Enabled' ? 'ok' : state === 'PendingDeletion' ? 'bad' : '');
}

export function render(section) {
  const results = h('div');
  let page = 1;
  async function load() {
    fill(results, h('p', { class: 'muted' }, 'Loading…'));
    let reply;
    try {
      reply = await call('ListKeys', { PageNumber: page, PageSize: PAGE_SIZE });
    } catch (e) {
      fill(results, errorBox(e));
      return;
    }
    const rows = ((reply.Keys && reply.Keys.Key) || []).map(k => {
      const state = h('td', {}, '…');
      const aliases = h('td', {}, '…');
      const rotation = h('td', {}, '…');
      const description = h('td', { class: 'muted' }, '');
      call('DescribeKey', { KeyId: k.KeyId }).then(r => {
        const m = r.KeyMetadata;
        fill(state, keyState(m.KeyState), m.DeleteDate ? h('small', { class: 'muted' }, ' ' + when(m.DeleteDate)) : null);
        fill(rotation, m.AutomaticRotation === 'Enabled' ? `every ${m.RotationInterval}` : m.AutomaticRotation);
        fill(description, m.Description || '');
      }, () => { fill(state, '—'); fill(rotation, '—'); });
      call('ListAliasesByKeyId', { KeyId: k.KeyId, PageSize: 100 }).then(r => fill(aliases,
          ((r.Aliases && r.Aliases.Alias) || []).map(a => h('span', { class: 'tag' }, a.AliasName))),
      () => fill(aliases, '—'));
      return h('tr', { 'data-test': 'key-row', 'data-key': k.KeyId }, h('td', {}, keyLink(k.KeyId)), description,
          state, aliases, rotation);
    });
    const pages = Math.max(1, Math.ceil(reply.TotalCount / PAGE_SIZE));
    fill(results, table(['Key', 'Description', 'State', 'Aliases', 'Automatic rotation'], rows, 'key-table'),
        h('div', { class: 'pager' },
            h('button', { class: 'secondary', disabled: page <= 1, onclick: () => { page--; load(); } }, '← Previous'),
            h('span', {}, `Page ${page} of ${pages} · ${reply.TotalCount} keys`),
            h('button', { class: 'secondary', disabled: page >= pages, onclick: () => { page++; load(); } }, 'Next →')));
  }
  fill(section, h('h1', {}, 'Keys'), results);
  load();
}
