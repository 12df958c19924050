package kmsecrets.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kmsecrets.application.port.in.TagKeysCommand;
import kmsecrets.application.port.in.TagKeysUseCase;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.Tag;

/** Tagging keys: a tag with an existing key replaces its value; more than 20 tags on any key changes nothing. */
public final class TagKeysService implements TagKeysUseCase {
    private final KeyTagEdits edits;

    public TagKeysService(KeyTagEdits edits) {
        this.edits = edits;
    }

    @Override
    public void tagKeys(TagKeysCommand command) {
        edits.apply(command.caller(), command.action(), command.keyIds(), current -> {
            Map<String, Tag> byKey = new LinkedHashMap<>();
            current.forEach(t -> byKey.put(t.key(), t));
            command.tags().forEach(t -> byKey.put(t.key(), t));
            if (byKey.size() > SecretMetadata.MAX_TAGS) {
                throw new QuotaExceeded("A key carries at most 20 tags.");
            }
            return List.copyOf(byKey.values());
        });
    }
}
