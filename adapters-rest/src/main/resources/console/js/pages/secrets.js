// Secrets: a searchable, paged list. Filters are ListSecrets' own (name and description substring, type, tag key);
// each row's description and rotation status come from a DescribeSecret of that row.
import { call } from '../api.js';
import { errorBox, fill, h, table, tagsOf, when } from '../dom.js';
import { SECRET_TYPES, plannedDeletion, rotationStatus, secretLink } from './common.js';

const PAGE_SIZE = 20;

export function render(section) {
  const name = h('input', { type: 'search', placeholder: 'Name contains', 'data-test': 'filter-name' });
  const description = h('input', { type: 'search', placeholder: 'Description contains',
    'data-test': 'filter-description' });
  const type = h('select', { 'data-test': 'filter-type' }, h('option', { value: '' }, 'Any type'),
      SECRET_TYPES.map(t => h('option', { value: t }, t)));
  const tagKey = h('input', { type: 'search', placeholder: 'Has tag key', 'data-test': 'filter-tag' });
  const results = h('div', { 'data-test': 'secret-results' });
  let page = 1;

  async function load() {
    const filters = [];
    if (name.value.trim()) filters.push({ Key: 'SecretName', Values: [name.value.trim()] });
    if (description.value.trim()) filters.push({ Key: 'Description', Values: [description.value.trim()] });
    if (type.value) filters.push({ Key: 'SecretType', Values: [type.value] });
    if (tagKey.value.trim()) filters.push({ Key: 'TagKey', Values: [tagKey.value.trim()] });
    fill(results, h('p', { class: 'muted' }, 'Loading…'));
    let reply;
    try {
      reply = await call('ListSecrets', { PageNumber: page, PageSize: PAGE_SIZE, FetchTags: 'true',
        Filters: filters.length ? JSON.stringify(filters) : undefined });
    } catch (e) {
      fill(results, errorBox(e));
      return;
    }
    const secrets = (reply.SecretList && reply.SecretList.Secret) || [];
    const rows = secrets.map(s => {
      const descriptionCell = h('td', { class: 'muted' }, '…');
      const rotationCell = h('td', {}, '…');
      call('DescribeSecret', { SecretName: s.SecretName }).then(d => {
        fill(descriptionCell, d.Description || '');
        fill(rotationCell, rotationStatus(d));
      }, () => {
        fill(descriptionCell, '—');
        fill(rotationCell, '—');
      });
      return h('tr', { 'data-test': 'secret-row', 'data-name': s.SecretName },
          h('td', {}, secretLink(s.SecretName)), h('td', {}, s.SecretType), descriptionCell,
          h('td', {}, tagsOf(s).map(t => h('span', { class: 'tag' }, t.TagKey + '=' + t.TagValue))),
          rotationCell, h('td', {}, plannedDeletion(s.PlannedDeleteTime)), h('td', {}, when(s.UpdateTime)));
    });
    const pages = Math.max(1, Math.ceil(reply.TotalCount / PAGE_SIZE));
    fill(results,
        table(['Name', 'Type', 'Description', 'Tags', 'Rotation', 'Deletion', 'Updated'], rows, 'secret-table'),
        h('div', { class: 'pager' },
            h('button', { class: 'secondary', disabled: page <= 1, 'data-test': 'previous-page',
              onclick: () => { page--; load(); } }, '← Previous'),
            h('span', { 'data-test': 'page-info' }, `Page ${page} of ${pages} · ${reply.TotalCount} secrets`),
            h('button', { class: 'secondary', disabled: page >= pages, 'data-test': 'next-page',
              onclick: () => { page++; load(); } }, 'Next →')));
  }

  const search = h('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    page = 1;
    load();
  } }, name, description, type, tagKey, h('button', { type: 'submit', 'data-test': 'search' }, 'Search'));
  fill(section, h('div', { class: 'title' }, h('h1', {}, 'Secrets'),
      h('a', { class: 'button', href: '#/create', 'data-test': 'create-link' }, 'Create secret')), search, results);
  load();
}
