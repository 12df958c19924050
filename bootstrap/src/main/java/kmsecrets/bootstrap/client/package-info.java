/**
 * The client mode of the command line ({@code kmsecrets secret …}, {@code kmsecrets key …}): it talks to a running
 * service over its public API, each call signed with an access key exactly as the official SDKs sign theirs
 * (ACS3-HMAC-SHA256), so it can do what that key's policies allow and nothing else, and every call is in the audit
 * trail. Nothing here opens the database; the administration commands next door are the ones that do.
 */
package kmsecrets.bootstrap.client;
