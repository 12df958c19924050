// Create secret: Generic (text or binary) and one form per managed type. The console checks nothing the API checks:
// whatever CreateSecret refuses is shown with the API's own code and message, and nothing is created.
import { call } from '../api.js';
import { errorBox, field, fill, h, newVersionId } from '../dom.js';

/** Each type's own fields, and how they become CreateSecret's SecretData and ExtendedConfig. */
const TYPES = {
  Generic: {
    fields: [
      ['SecretData', 'Value', 'textarea'],
      ['SecretDataType', 'Data type', ['text', 'binary']],
    ],
    params: v => ({ SecretData: v.SecretData, SecretDataType: v.SecretDataType }),
  },
  Rds: {
    note: 'Imports existing accounts of a registered instance (kmsecrets db-instance register).',
    fields: [
      ['SecretSubType', 'Sub-type', ['SingleUser', 'DoubleUsers']],
      ['DBInstanceId', 'Registered instance ID'],
      ['AccountName', 'Account'],
      ['AccountPassword', 'Its password', 'password'],
      ['CloneName', 'Second account (DoubleUsers)'],
      ['ClonePassword', 'Its password', 'password'],
    ],
    params: v => ({
      SecretData: JSON.stringify({ Accounts: [{ AccountName: v.AccountName, AccountPassword: v.AccountPassword }]
          .concat(v.SecretSubType === 'DoubleUsers'
              ? [{ AccountName: v.CloneName, AccountPassword: v.ClonePassword }] : []) }),
      ExtendedConfig: JSON.stringify({ SecretSubType: v.SecretSubType, DBInstanceId: v.DBInstanceId }),
    }),
  },
  Redis: {
    note: 'Creates two ACL users (the name and name_clone) on a registered Redis.',
    fields: [
      ['InstanceId', 'Registered instance ID'],
      ['AccountName', 'Account to create'],
      ['AccountPrivilege', 'Privilege', ['RoleReadOnly', 'RoleReadWrite']],
    ],
    params: (v, region) => ({
      SecretData: '$Auto',
      ExtendedConfig: JSON.stringify({ SecretSubType: 'DoubleUsers', InstanceId: v.InstanceId, RegionId: region,
        AccountName: v.AccountName, CloneAccountName: v.AccountName + '_clone', AccountPrivilege: v.AccountPrivilege }),
    }),
  },
  PolarDB: {
    note: 'Creates two accounts (the name and name_clone) on a registered MySQL or PostgreSQL instance.',
    fields: [
      ['DBClusterId', 'Registered instance ID'],
      ['DBType', 'Engine', ['MySQL', 'PostgreSQL']],
      ['AccountName', 'Account to create'],
      ['DBName', 'Database (MySQL)'],
      ['AccountPrivilege', 'Privilege (MySQL)', ['ReadWrite', 'ReadOnly', 'DMLOnly', 'DDLOnly', 'ReadIndex']],
    ],
    params: (v, region) => {
      const config = { SecretSubType: 'DoubleUsers', RegionId: region, DBClusterId: v.DBClusterId, DBType: v.DBType,
        AccountName: v.AccountName, CloneAccountName: v.AccountName + '_clone' };
      if (v.DBType === 'MySQL') {
        Object.assign(config, { DBName: v.DBName, AccountPrivilege: v.AccountPrivilege });
      }
      return { SecretData: '$Auto', ExtendedConfig: JSON.stringify(config) };
    },
  },
  RAMCredentials: {
    note: 'The access key pair of one of kmsecrets\' users; the secret is named acs/ram/user/<UserName>.',
    fixedName: '$Auto',
    fields: [
      ['UserName', 'User'],
      ['AccessKeyId', 'Its AccessKeyId'],
      ['AccessKeySecret', 'Its AccessKeySecret', 'password'],
    ],
    params: v => ({
      SecretData: JSON.stringify({ AccessKeys: [{ AccessKeyId: v.AccessKeyId, AccessKeySecret: v.AccessKeySecret }] }),
      ExtendedConfig: JSON.stringify({ SecretSubType: 'RamUserAccessKey', UserName: v.UserName }),
    }),
  },
  ECS: {
    note: 'The login of a user on a registered host (kmsecrets host register); the name starts with acs/ecs/.',
    fields: [
      ['SecretSubType', 'Sub-type', ['Password', 'SSHKey']],
      ['InstanceId', 'Registered host ID'],
      ['UserName', 'User'],
      ['Password', 'Password (Password)', 'password'],
      ['PublicKey', 'Public key (SSHKey)', 'textarea'],
      ['PrivateKey', 'Private key (SSHKey)', 'textarea'],
    ],
    params: (v, region) => ({
      SecretData: JSON.stringify(v.SecretSubType === 'Password' ? { UserName: v.UserName, Password: v.Password }
          : { UserName: v.UserName, PublicKey: v.PublicKey, PrivateKey: v.PrivateKey }),
      ExtendedConfig: JSON.stringify({ SecretSubType: v.SecretSubType, RegionId: region, InstanceId: v.InstanceId }),
    }),
  },
};

function input(name, kind) {
  const test = 'create-' + name;
  if (Array.isArray(kind)) {
    return h('select', { name, 'data-test': test }, kind.map(option => h('option', { value: option }, option)));
  }
  if (kind === 'textarea') {
    return h('textarea', { name, rows: 4, autocomplete: 'off', spellcheck: 'false', 'data-test': test });
  }
  return h('input', { name, type: kind === 'password' ? 'password' : 'text', autocomplete: 'off',
    spellcheck: 'false', 'data-test': test });
}

export function render(section) {
  const type = h('select', { 'data-test': 'create-type' }, Object.keys(TYPES).map(t => h('option', { value: t }, t)));
  const name = input('SecretName');
  const description = input('Description');
  const key = h('input', { placeholder: 'default key', 'data-test': 'create-key' });
  const rotate = h('input', { type: 'checkbox', 'data-test': 'create-rotate' });
  const interval = h('input', { value: '30d', 'data-test': 'create-interval' });
  const tagKey = h('input', { placeholder: 'tag key', 'data-test': 'create-tag-key' });
  const tagValue = h('input', { placeholder: 'tag value', 'data-test': 'create-tag-value' });
  const typeFields = h('div', { class: 'type-fields' });
  const status = h('div', { 'data-test': 'create-status' });
  const submit = h('button', { type: 'submit', 'data-test': 'create-submit' }, 'Create secret');
  let inputs = {};

  function showType() {
    const spec = TYPES[type.value];
    inputs = {};
    fill(typeFields, spec.note ? h('p', { class: 'muted' }, spec.note) : null,
        spec.fields.map(([fieldName, label, kind]) => field(label, inputs[fieldName] = input(fieldName, kind))));
    name.disabled = !!spec.fixedName;
    name.value = spec.fixedName || '';
    rotate.disabled = type.value === 'Generic';
    rotate.checked = false;
  }

  const form = h('form', { class: 'create', onsubmit: async event => {
    event.preventDefault();
    const spec = TYPES[type.value];
    const values = Object.fromEntries(Object.entries(inputs).map(([n, element]) => [n, element.value]));
    submit.disabled = true;
    fill(status);
    try {
      const region = (await call('DescribeRegions', {})).Regions.Region[0].RegionId;
      const params = {
        SecretName: spec.fixedName || name.value,
        VersionId: newVersionId(),
        SecretType: type.value === 'Generic' ? undefined : type.value,
        Description: description.value || undefined,
        EncryptionKeyId: key.value.trim() || undefined,
        EnableAutomaticRotation: rotate.checked ? 'true' : undefined,
        RotationInterval: rotate.checked ? interval.value : undefined,
        Tags: tagKey.value.trim() ? JSON.stringify([{ TagKey: tagKey.value.trim(), TagValue: tagValue.value }])
            : undefined,
        ...spec.params(values, region),
      };
      const reply = await call('CreateSecret', params);
      // the form held a value or a password: empty it before leaving
      Object.values(inputs).forEach(element => { element.value = ''; });
      location.hash = '#/secret/' + encodeURIComponent(reply.SecretName);
    } catch (e) {
      fill(status, errorBox(e));
    } finally {
      submit.disabled = false;
    }
  } },
  field('Type', type), field('Name', name), field('Description', description), typeFields,
  field('Encryption key', key, 'KeyId or alias; empty uses the default key'),
  h('label', { class: 'check' }, rotate, ' Rotate automatically (managed types)'), field('Interval', interval),
  h('div', { class: 'inline' }, tagKey, tagValue), submit, status);
  type.addEventListener('change', showType);
  showType();
  fill(section, h('h1', {}, 'Create secret'), form);
}
