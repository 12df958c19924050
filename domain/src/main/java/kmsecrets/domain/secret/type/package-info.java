/**
 * The concrete secret types this build serves (Generic, Rds, Redis, PolarDB, RAMCredentials, ECS) and the typed
 * ExtendedConfig each reads. A type implements the extension point of {@code kmsecrets.domain.secret}
 * ({@code SecretType}, {@code ManagedSecretType}); nothing outside this package names a concrete type except the
 * composition root's catalogue. Rotators that change credentials on real servers, hosts or access keys are not here:
 * they are driven adapters.
 */
package kmsecrets.domain.secret.type;
