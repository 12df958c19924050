/**
 * The {@link kmsecrets.domain.secret.Secret} aggregate, its versions and stage labels, the value objects that refuse
 * bad names, ids and values at construction, and the secret-type extension point ({@code SecretType},
 * {@code ManagedSecretType}, {@code SecretTypes}, {@code ExtendedConfig}, {@code Credential}, and the
 * {@code Documents} port through which a type reads JSON). The aggregate asks its type and never branches on a type
 * name; concrete types live in {@code secret.type}, which depends on this package and never the other way round.
 */
package kmsecrets.domain.secret;
