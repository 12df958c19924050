package kmsecrets.application.port.in;

import java.util.List;
import java.util.OptionalLong;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.Tag;

/** Rows of (secret, tag); {@code nextOffset} present when more rows follow. */
public record ListSecretTagsResult(List<Row> rows, OptionalLong nextOffset) {
    public record Row(SecretName secret, Tag tag) {
    }
}
