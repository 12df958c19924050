// Audit: the newest events first, filtered by time, action, user and result, with the hash chain's status. Both
// come from our extension actions (ListAuditEvents, GetAuditTrailStatus), which need their own permissions and
// are themselves audited.
import { call } from '../api.js';
import { badge, card, errorBox, fill, h, table } from '../dom.js';

const PAGE = 50;

/** A datetime-local input's value (the reader's local time) as an ISO instant; empty stays undefined. */
function instant(input) {
  return input.value ? new Date(input.value).toISOString() : undefined;
}

export function render(section) {
  const since = h('input', { type: 'datetime-local', 'data-test': 'audit-since' });
  const until = h('input', { type: 'datetime-local', 'data-test': 'audit-until' });
  const action = h('input', { placeholder: 'Action, e.g. GetSecretValue', 'data-test': 'audit-action' });
  const user = h('input', { placeholder: 'User (principal)', 'data-test': 'audit-user' });
  const result = h('select', { 'data-test': 'audit-result' }, h('option', { value: '' }, 'Any result'),
      h('option', { value: 'Success' }, 'Success'), h('option', { value: 'Failure' }, 'Failure'));
  const results = h('div', { 'data-test': 'audit-results' });
  let pages = []; // the EndTime of each page shown so far (undefined for the newest)

  async function load(endTime) {
    fill(results, h('p', { class: 'muted' }, 'Loading…'));
    let reply;
    try {
      reply = await call('ListAuditEvents', { StartTime: instant(since), EndTime: endTime || instant(until),
        EventAction: action.value.trim() || undefined, User: user.value.trim() || undefined,
        Result: result.value || undefined, MaxResults: PAGE });
    } catch (e) {
      fill(results, errorBox(e));
      return;
    }
    const events = (reply.Events && reply.Events.Event) || [];
    const rows = events.map(e => h('tr', { 'data-test': 'audit-row' },
        h('td', {}, new Date(e.Time).toLocaleString()), h('td', { 'data-test': 'audit-row-action' }, e.EventAction),
        h('td', {}, e.Result === 'Success' ? badge('Success', 'ok') : badge(e.Result, 'bad')),
        h('td', {}, e.User), h('td', { class: 'muted' }, e.Resource), h('td', { class: 'muted' }, e.SourceIp),
        h('td', { class: 'muted small', 'data-test': 'audit-row-agent' }, e.UserAgent)));
    fill(results, table(['Time', 'Action', 'Result', 'User', 'Resource', 'Source', 'User agent'], rows, 'audit-table'),
        h('div', { class: 'pager' },
            h('button', { class: 'secondary', disabled: pages.length === 0, onclick: () => load(pages.pop()) },
                '← Newer'),
            h('button', { class: 'secondary', disabled: events.length < PAGE, 'data-test': 'audit-older',
              onclick: () => { pages.push(endTime); load(events[events.length - 1].Time); } }, 'Older →')));
  }

  const filters = h('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    pages = [];
    load();
  } }, since, until, action, user, result, h('button', { type: 'submit', 'data-test': 'audit-search' }, 'Search'));

  fill(section, h('h1', {}, 'Audit trail'),
      card('Hash chain', async () => {
        const status = await call('GetAuditTrailStatus', {});
        return h('p', { 'data-test': 'chain-status' }, status.Intact ? badge('Intact', 'ok') : badge('Broken', 'bad'),
            ` ${status.CheckedEvents} events checked`,
            status.Intact ? '' : ` · first broken at chain position ${status.FirstBrokenPosition}`,
            status.CheckpointPosition ? ` · from the pruning checkpoint at position ${status.CheckpointPosition}` : '');
      }, 'chain-card'),
      filters, results);
  load();
}
