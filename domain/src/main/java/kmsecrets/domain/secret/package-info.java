/**
 * The {@link kmsecrets.domain.secret.Secret} aggregate, its versions and stage labels, and the value objects
 * that refuse bad names, ids and values at construction.
 */
package kmsecrets.domain.secret;
