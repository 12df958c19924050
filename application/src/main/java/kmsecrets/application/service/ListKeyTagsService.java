package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.List;
import kmsecrets.application.port.in.KeyTag;
import kmsecrets.application.port.in.ListKeyTagsQuery;
import kmsecrets.application.port.in.ListKeyTagsUseCase;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/** Key tags: a filter matches on its key, and on its value when it gives one. */
public final class ListKeyTagsService implements ListKeyTagsUseCase {
    private final KeyAccess access;
    private final KeyRepository keys;

    public ListKeyTagsService(KeyAccess access, KeyRepository keys) {
        this.access = access;
        this.keys = keys;
    }

    @Override
    public List<KeyTag> listKeyTags(ListKeyTagsQuery query) {
        Caller caller = query.caller();
        List<KeyTag> rows = new ArrayList<>();
        for (String keyId : query.keyIds()) {
            access.authorizeById(caller, keyId, query.action());
            access.find(caller, keyId);
            for (Tag tag : keys.tags(keyId)) {
                if (query.filters().isEmpty() || query.filters().stream().anyMatch(f -> f.key().equals(tag.key())
                        && (f.value() == null || f.value().isEmpty() || f.value().equals(tag.value())))) {
                    rows.add(new KeyTag(keyId, tag));
                }
            }
        }
        return rows;
    }
}
