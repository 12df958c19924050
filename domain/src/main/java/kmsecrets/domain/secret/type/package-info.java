/**
 * The secret-type extension point. A {@link kmsecrets.domain.secret.type.SecretType} says which
 * ExtendedConfig and values it accepts and what versions a new secret starts with; the core asks the type
 * and never branches on a type name.
 */
package kmsecrets.domain.secret.type;
