// Secret detail: metadata and tags, the versions with their stage labels, reveal, put a value, move a label,
// rotation, delete and restore. A value is fetched only when the user presses Reveal (a GetSecretValue call, audited
// like any other) and lives only in that row until Hide, another page or sign-out replaces it.
import { call } from '../api.js';
import { act, badge, card, errorBox, field, fill, h, newVersionId, notice, table, tagsOf, when } from '../dom.js';
import { keyLink, plannedDeletion, rotationStatus } from './common.js';

export function render(section, name, flash) {
  const reload = message => render(section, name, message);
  fill(section, h('p', { class: 'muted' }, 'Loading…'));
  call('DescribeSecret', { SecretName: name, FetchTags: 'true' }).then(described => {
    const managed = !!described.AutomaticRotation;
    const pending = !!described.PlannedDeleteTime;
    // one read of the versions serves the timeline and the label form
    const versionList = call('ListSecretVersionIds', { SecretName: name, IncludeDeprecated: 'true', PageSize: 100 })
        .then(reply => (reply.VersionIds && reply.VersionIds.VersionId) || []);
    fill(section,
        h('div', { class: 'title' }, h('h1', { 'data-test': 'secret-name' }, described.SecretName),
            badge(described.SecretType), plannedDeletion(described.PlannedDeleteTime)),
        flash ? notice(flash) : null,
        h('div', { class: 'grid' },
            metadata(described, reload),
            tags(described, reload)),
        versions(name, versionList),
        // the service owns a managed secret's versions (PutSecretValue and label moves are refused): rotation instead
        managed ? rotation(name, described, reload)
            : h('div', { class: 'grid' }, putValue(name, reload), labels(name, versionList, reload)),
        danger(name, pending, reload));
  }, e => fill(section, h('h1', {}, name), errorBox(e)));
}

function metadata(described, reload) {
  const description = h('input', { value: described.Description || '', 'data-test': 'description' });
  const status = h('div');
  const save = h('button', { class: 'secondary', 'data-test': 'save-description' }, 'Save description');
  save.addEventListener('click', () => act(save, status, () => call('UpdateSecret',
      { SecretName: described.SecretName, Description: description.value })).then(r => r && reload('Description saved.')));
  const rows = [
    ['ARN', described.Arn],
    ['Type', described.SecretType],
    ['Encryption key', described.EncryptionKeyId ? keyLink(described.EncryptionKeyId) : ''],
    ['Created', when(described.CreateTime)],
    ['Updated', when(described.UpdateTime)],
    ['Automatic rotation', rotationStatus(described)],
    ['Rotation interval', described.RotationInterval || ''],
    ['Last rotation', when(described.LastRotationDate)],
    ['Next rotation', when(described.NextRotationDate)],
    ['Extended config', described.ExtendedConfig ? h('code', {}, described.ExtendedConfig) : ''],
  ].filter(([, value]) => value !== '' && value !== undefined);
  return h('section', { class: 'card', 'data-test': 'metadata' }, h('h2', {}, 'Metadata'),
      h('dl', {}, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
      field('Description', description), save, status);
}

function tags(described, reload) {
  const status = h('div');
  const key = h('input', { placeholder: 'key', 'data-test': 'tag-key' });
  const value = h('input', { placeholder: 'value', 'data-test': 'tag-value' });
  const add = h('button', { type: 'submit', 'data-test': 'add-tag' }, 'Add tag');
  const rows = tagsOf(described).map(tag => {
    const remove = h('button', { class: 'link', 'data-test': 'remove-tag' }, 'Remove');
    remove.addEventListener('click', () => act(remove, status, () => call('UntagResource',
        { SecretName: described.SecretName, TagKeys: JSON.stringify([tag.TagKey]) }))
        .then(r => r && reload(`Tag ${tag.TagKey} removed.`)));
    return h('tr', { 'data-test': 'tag-row' }, h('td', {}, tag.TagKey), h('td', {}, tag.TagValue), h('td', {}, remove));
  });
  const form = h('form', { class: 'inline', onsubmit: event => {
    event.preventDefault();
    act(add, status, () => call('TagResource', { SecretName: described.SecretName,
      Tags: JSON.stringify([{ TagKey: key.value, TagValue: value.value }]) }))
        .then(r => r && reload(`Tag ${key.value} set.`));
  } }, key, value, add);
  return h('section', { class: 'card', 'data-test': 'tags' }, h('h2', {}, 'Tags'),
      table(['Key', 'Value', ''], rows, 'tag-table'), form, status);
}

/** The versions, newest first, as a timeline: each with its stage labels and a Reveal button. */
function versions(name, versionList) {
  return card('Versions', async () => {
    const list = (await versionList).slice().sort((a, b) => (b.CreateTime || '').localeCompare(a.CreateTime || ''));
    return h('ol', { class: 'timeline', 'data-test': 'versions' }, list.map(version => versionRow(name, version)));
  }, 'versions-card');
}

function versionRow(name, version) {
  const stages = (version.VersionStages && version.VersionStages.VersionStage) || [];
  const value = h('div', { class: 'value' });
  const status = h('div');
  const reveal = h('button', { class: 'secondary', 'data-test': 'reveal' }, 'Reveal');
  let shown = false;
  reveal.addEventListener('click', async () => {
    if (shown) {
      fill(value);
      reveal.textContent = 'Reveal';
      shown = false;
      return;
    }
    const secret = await act(reveal, status, () => call('GetSecretValue', { SecretName: name,
      VersionId: version.VersionId, FetchExtendedConfig: 'false' }));
    if (secret) {
      fill(value, h('pre', { 'data-test': 'secret-value' }, secret.SecretData),
          secret.SecretDataType === 'binary' ? h('small', { class: 'muted' }, 'binary, shown as Base64') : null);
      reveal.textContent = 'Hide';
      shown = true;
    }
  });
  return h('li', { 'data-test': 'version', 'data-version': version.VersionId, class: stages.length ? '' : 'deprecated' },
      h('div', { class: 'version-head' },
          h('code', {}, version.VersionId),
          h('span', { class: 'muted' }, when(version.CreateTime)),
          h('span', { 'data-test': 'stages' }, stages.map(stage => badge(stage,
              stage === 'ACSCurrent' ? 'ok' : stage === 'ACSPrevious' ? 'previous' : 'custom'))),
          stages.length ? null : h('span', { class: 'muted' }, 'no label'),
          reveal),
      value, status);
}

function putValue(name, reload) {
  const data = h('textarea', { rows: 4, 'data-test': 'put-data', autocomplete: 'off', spellcheck: 'false' });
  const type = h('select', { 'data-test': 'put-type' }, h('option', { value: 'text' }, 'text'),
      h('option', { value: 'binary' }, 'binary (Base64)'));
  const versionId = h('input', { value: newVersionId(), 'data-test': 'put-version' });
  const stage = h('input', { placeholder: 'optional custom label', 'data-test': 'put-stage' });
  const status = h('div');
  const submit = h('button', { type: 'submit', 'data-test': 'put-value' }, 'Put value');
  const form = h('form', { onsubmit: event => {
    event.preventDefault();
    const stages = ['ACSCurrent'].concat(stage.value.trim() ? [stage.value.trim()] : []);
    act(submit, status, () => call('PutSecretValue', { SecretName: name, VersionId: versionId.value,
      SecretData: data.value, SecretDataType: type.value, VersionStages: JSON.stringify(stages) }))
        .then(r => {
          data.value = '';
          if (r) reload(`Version ${r.VersionId} is now ACSCurrent.`);
        });
  } },
  field('New value', data, 'Becomes ACSCurrent; the old current version becomes ACSPrevious.'),
  field('Data type', type), field('Version ID', versionId), field('Extra label', stage), submit, status);
  return h('section', { class: 'card', 'data-test': 'put-card' }, h('h2', {}, 'Put a new value'), form);
}

function labels(name, versionList, reload) {
  return card('Move a label', async () => {
    const list = await versionList;
    const holder = new Map();
    for (const version of list) {
      for (const s of (version.VersionStages && version.VersionStages.VersionStage) || []) {
        holder.set(s, version.VersionId);
      }
    }
    const stage = h('input', { list: 'known-stages', value: 'ACSCurrent', 'data-test': 'move-stage' });
    const known = h('datalist', { id: 'known-stages' }, [...holder.keys()].map(s => h('option', { value: s })));
    const target = h('select', { 'data-test': 'move-target' },
        list.map(version => h('option', { value: version.VersionId }, version.VersionId)));
    const status = h('div');
    const submit = h('button', { type: 'submit', 'data-test': 'move-label' }, 'Move label');
    return h('form', { onsubmit: event => {
      event.preventDefault();
      const from = holder.get(stage.value.trim());
      act(submit, status, () => call('UpdateSecretVersionStage', { SecretName: name, VersionStage: stage.value.trim(),
        MoveToVersion: target.value, RemoveFromVersion: from && from !== target.value ? from : undefined }))
          .then(r => r && reload(`${stage.value.trim()} now labels ${target.value}.`));
    } }, known, field('Label', stage, 'Moving ACSCurrent makes the version it leaves ACSPrevious.'),
    field('To version', target), submit, status);
  }, 'labels-card');
}

function rotation(name, described, reload) {
  const enabled = h('input', { type: 'checkbox', checked: described.AutomaticRotation === 'Enabled',
    'data-test': 'rotation-enabled' });
  const interval = h('input', { value: described.RotationInterval || '30d', 'data-test': 'rotation-interval' });
  const status = h('div');
  const save = h('button', { type: 'submit', 'data-test': 'save-rotation' }, 'Save policy');
  const rotate = h('button', { type: 'button', class: 'secondary', 'data-test': 'rotate-now' }, 'Rotate now');
  rotate.addEventListener('click', () => act(rotate, status, () => call('RotateSecret',
      { SecretName: name, VersionId: newVersionId() })).then(r => r && reload(`Rotated: version ${r.VersionId}.`)));
  const form = h('form', { onsubmit: event => {
    event.preventDefault();
    act(save, status, () => call('UpdateSecretRotationPolicy', { SecretName: name,
      EnableAutomaticRotation: enabled.checked ? 'true' : 'false',
      RotationInterval: enabled.checked ? interval.value : undefined })).then(r => r && reload('Rotation policy saved.'));
  } },
  h('label', { class: 'check' }, enabled, ' Rotate automatically'),
  field('Interval', interval, 'e.g. 7d or 604800s'), h('div', { class: 'buttons' }, save, rotate), status);
  return h('section', { class: 'card', 'data-test': 'rotation-card' }, h('h2', {}, 'Rotation'),
      h('p', { class: 'muted' }, 'Last ' + (when(described.LastRotationDate) || 'never') + ' · next '
          + (when(described.NextRotationDate) || '—')), form);
}

function danger(name, pending, reload) {
  const status = h('div');
  if (pending) {
    const restore = h('button', { 'data-test': 'restore' }, 'Restore');
    restore.addEventListener('click', () => act(restore, status, () => call('RestoreSecret', { SecretName: name }))
        .then(r => r && reload('Restored.')));
    return h('section', { class: 'card danger', 'data-test': 'danger' }, h('h2', {}, 'Pending deletion'),
        h('p', {}, 'The secret will be deleted at the planned time; until then it can be restored.'), restore, status);
  }
  const days = h('input', { type: 'number', min: 7, max: 30, value: 30, 'data-test': 'recovery-days' });
  const force = h('input', { type: 'checkbox', 'data-test': 'force-delete' });
  const confirmName = h('input', { placeholder: 'type the name to confirm', 'data-test': 'confirm-name' });
  const remove = h('button', { type: 'submit', class: 'destructive', 'data-test': 'delete' }, 'Delete');
  const form = h('form', { onsubmit: event => {
    event.preventDefault();
    if (confirmName.value !== name) {
      fill(status, errorBox({ message: 'Type the secret\'s name to confirm.' }));
      return;
    }
    act(remove, status, () => call('DeleteSecret', force.checked ? { SecretName: name,
      ForceDeleteWithoutRecovery: 'true' } : { SecretName: name, RecoveryWindowInDays: days.value }))
        .then(r => {
          if (!r) return;
          if (force.checked) {
            location.hash = '#/secrets';
          } else {
            reload(`Deletion planned for ${when(r.PlannedDeleteTime)}.`);
          }
        });
  } },
  field('Recovery window (days)', days), h('label', { class: 'check' }, force, ' Delete now, without recovery'),
  field('Confirm', confirmName), remove, status);
  return h('section', { class: 'card danger', 'data-test': 'danger' }, h('h2', {}, 'Delete'), form);
}
