package kmsecrets.domain.canary;

import kmsecrets.domain.secret.SecretType;

/** Deliberately wrong: a concrete secret type outside domain.secret.type. */
public abstract class CanarySecretType implements SecretType {
}
