package kmsecrets.application.port.in;

import kmsecrets.domain.secret.Tag;

/** One (key, tag) row of a key tag listing. */
public record KeyTag(String keyId, Tag tag) {
}
