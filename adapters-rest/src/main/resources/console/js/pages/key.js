// One key: metadata, aliases, versions and rotation policy; enable or disable it, schedule or cancel its deletion.
import { call } from '../api.js';
import { act, card, errorBox, field, fill, h, notice, table, when } from '../dom.js';
import { keyState } from './keys.js';

export function render(section, keyId, flash) {
  const reload = message => render(section, keyId, message);
  fill(section, h('p', { class: 'muted' }, 'Loading…'));
  call('DescribeKey', { KeyId: keyId }).then(reply => {
    const m = reply.KeyMetadata;
    fill(section,
        h('div', { class: 'title' }, h('h1', { 'data-test': 'key-id' }, m.KeyId), keyState(m.KeyState)),
        flash ? notice(flash) : null,
        h('div', { class: 'grid' }, metadata(m), state(m, reload)),
        h('div', { class: 'grid' },
            card('Aliases', async () => {
              const r = await call('ListAliasesByKeyId', { KeyId: keyId, PageSize: 100 });
              return table(['Alias', 'ARN'], ((r.Aliases && r.Aliases.Alias) || []).map(a =>
                  h('tr', {}, h('td', {}, a.AliasName), h('td', { class: 'muted' }, a.AliasArn))), 'alias-table');
            }, 'aliases-card'),
            card('Versions', async () => {
              const r = await call('ListKeyVersions', { KeyId: keyId, PageSize: 100 });
              return table(['Version', 'Created', ''], ((r.KeyVersions && r.KeyVersions.KeyVersion) || []).map(v =>
                  h('tr', { 'data-test': 'key-version' }, h('td', {}, h('code', {}, v.KeyVersionId)),
                      h('td', {}, when(v.CreationDate)),
                      h('td', {}, v.KeyVersionId === m.PrimaryKeyVersion ? 'primary' : ''))), 'key-versions');
            }, 'key-versions-card')),
        rotation(m, reload));
  }, e => fill(section, h('h1', {}, keyId), errorBox(e)));
}

function metadata(m) {
  const rows = [['ARN', m.Arn], ['Description', m.Description], ['Spec', m.KeySpec], ['Usage', m.KeyUsage],
    ['Origin', m.Origin], ['Protection', m.ProtectionLevel], ['Created', when(m.CreationDate)],
    ['Creator', m.Creator], ['Deletion date', when(m.DeleteDate)], ['Last rotation', when(m.LastRotationDate)],
    ['Next rotation', when(m.NextRotationDate)]].filter(([, value]) => value);
  return h('section', { class: 'card' }, h('h2', {}, 'Metadata'),
      h('dl', {}, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
}

function state(m, reload) {
  const status = h('div');
  const buttons = [];
  const button = (label, test, action, params, done, kind) => {
    const b = h('button', { class: kind || 'secondary', 'data-test': test }, label);
    b.addEventListener('click', () => act(b, status, () => call(action, { KeyId: m.KeyId, ...params() }))
        .then(r => r && reload(done)));
    buttons.push(b);
    return b;
  };
  const days = h('input', { type: 'number', min: 7, max: 366, value: 30, 'data-test': 'pending-days' });
  if (m.KeyState === 'Enabled') {
    button('Disable', 'disable-key', 'DisableKey', () => ({}), 'Key disabled.');
  } else if (m.KeyState === 'Disabled') {
    button('Enable', 'enable-key', 'EnableKey', () => ({}), 'Key enabled.');
  }
  if (m.KeyState === 'PendingDeletion') {
    button('Cancel deletion', 'cancel-deletion', 'CancelKeyDeletion', () => ({}), 'Deletion cancelled.');
  } else {
    button('Schedule deletion', 'schedule-deletion', 'ScheduleKeyDeletion',
        () => ({ PendingWindowInDays: days.value }), 'Deletion scheduled.', 'destructive');
  }
  return h('section', { class: 'card danger', 'data-test': 'key-state' }, h('h2', {}, 'State'),
      h('p', {}, keyState(m.KeyState)), m.KeyState === 'PendingDeletion' ? null : field('Pending window (days)', days),
      h('div', { class: 'buttons' }, buttons), status);
}

function rotation(m, reload) {
  const enabled = h('input', { type: 'checkbox', checked: m.AutomaticRotation === 'Enabled',
    'data-test': 'key-rotation-enabled' });
  const interval = h('input', { value: m.RotationInterval || '365d', 'data-test': 'key-rotation-interval' });
  const status = h('div');
  const save = h('button', { type: 'submit' }, 'Save policy');
  return h('section', { class: 'card' }, h('h2', {}, 'Automatic rotation'),
      h('form', { onsubmit: event => {
        event.preventDefault();
        act(save, status, () => call('UpdateRotationPolicy', { KeyId: m.KeyId,
          EnableAutomaticRotation: enabled.checked ? 'true' : 'false',
          RotationInterval: enabled.checked ? interval.value : undefined })).then(r => r && reload('Policy saved.'));
      } }, h('label', { class: 'check' }, enabled, ' Rotate automatically'), field('Interval', interval,
          'e.g. 365d (7 to 365 days)'), save, status));
}
