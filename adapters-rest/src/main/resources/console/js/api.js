// The console's only way to the service: ordinary API calls, signed here with ACS3-HMAC-SHA256 through WebCrypto,
// exactly as the official SDKs sign them. The access key secret is imported once, at sign-in, as a non-extractable
// HMAC key: after that not even this page's own script can read it back, and it is never written to any storage.

const API_VERSION = '2016-01-20';
const ALGORITHM = 'ACS3-HMAC-SHA256';
/** Browsers do not let a page set User-Agent; the service writes this mark into the audit trail's user agent. */
const CLIENT = 'kmsecrets-console/1';
const encoder = new TextEncoder();

let session = null; // { accessKeyId, key: CryptoKey }

/** An API error reply, or a failure to reach the service (status 0). */
export class ApiError extends Error {
  constructor(status, code, message, requestId) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/** Whether this page may use WebCrypto: only over HTTPS or on this machine (localhost, 127.0.0.1). */
export function cryptoAvailable() {
  return window.isSecureContext && !!(window.crypto && window.crypto.subtle);
}

/** Imports the secret as a non-extractable key, then proves the pair with DescribeRegions (needs no permission). */
export async function signIn(accessKeyId, accessKeySecret) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(accessKeySecret),
      { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const candidate = { accessKeyId, key };
  const reply = await send(candidate, 'DescribeRegions', {});
  session = candidate;
  return reply;
}

export function signOut() {
  session = null;
}

export function signedInAs() {
  return session ? session.accessKeyId : null;
}

/** Calls an action with its parameters (undefined and null ones are left out); resolves to the reply's JSON. */
export async function call(action, params = {}) {
  if (!session) {
    throw new ApiError(0, 'NotSignedIn', 'Sign in first.', '');
  }
  return send(session, action, params);
}

/** RFC 3986 percent-encoding, as the signature's canonical form requires. */
export function rfc3986(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, '0')).join('');
}

async function sha256Hex(bytes) {
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

async function send(credentials, action, params) {
  // the parameters travel in a form body (covered by the signature's payload hash), never in the URL
  const body = encoder.encode(Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => rfc3986(name) + '=' + rfc3986(String(value)))
      .join('&'));
  const payloadHash = await sha256Hex(body);
  const signedHeaders = {
    'x-acs-action': action,
    'x-acs-content-sha256': payloadHash,
    'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': crypto.randomUUID(),
    'x-acs-version': API_VERSION,
  };
  const names = Object.keys(signedHeaders).sort();
  const canonicalRequest = ['POST', '/', '',
    names.map(name => name + ':' + signedHeaders[name].trim()).join('\n') + '\n',
    names.join(';'), payloadHash].join('\n');
  const stringToSign = ALGORITHM + '\n' + await sha256Hex(encoder.encode(canonicalRequest));
  const signature = hex(await crypto.subtle.sign('HMAC', credentials.key, encoder.encode(stringToSign)));
  let response;
  try {
    response = await fetch('/', {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: {
        ...signedHeaders,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'x-kmsecrets-client': CLIENT,
        'authorization': `${ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${names.join(';')},`
            + `Signature=${signature}`,
      },
      body,
    });
  } catch (e) {
    throw new ApiError(0, 'NetworkError', 'The service could not be reached.', '');
  }
  let reply;
  try {
    reply = await response.json();
  } catch (e) {
    throw new ApiError(response.status, 'InvalidReply', `The service answered ${response.status} without JSON.`, '');
  }
  if (!response.ok) {
    throw new ApiError(response.status, reply.Code || 'Error', reply.Message || '', reply.RequestId || '');
  }
  return reply;
}
