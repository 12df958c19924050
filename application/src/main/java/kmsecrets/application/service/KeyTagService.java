package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kmsecrets.application.port.in.KeyTagUseCases;
import kmsecrets.application.port.in.ListSecretTagsQuery.TagFilter;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.Tag;

/** Key tags, changed under the keys' row locks in one transaction. */
public final class KeyTagService implements KeyTagUseCases {
    private final KeyRepository keys;
    private final Transactions transactions;
    private final Authorization authorization;
    private final ServiceSettings settings;

    public KeyTagService(KeyRepository keys, Transactions transactions, Authorization authorization,
                         ServiceSettings settings) {
        this.keys = keys;
        this.transactions = transactions;
        this.authorization = authorization;
        this.settings = settings;
    }

    @Override
    public void tagKeys(Caller caller, String action, List<String> keyIds, List<Tag> tags) {
        change(caller, action, keyIds, current -> {
            Map<String, Tag> byKey = new LinkedHashMap<>();
            current.forEach(t -> byKey.put(t.key(), t));
            tags.forEach(t -> byKey.put(t.key(), t));
            if (byKey.size() > SecretMetadata.MAX_TAGS) {
                throw new QuotaExceeded("A key carries at most 20 tags.");
            }
            return List.copyOf(byKey.values());
        });
    }

    @Override
    public void untagKeys(Caller caller, String action, List<String> keyIds, Set<String> tagKeys, boolean all) {
        change(caller, action, keyIds, current -> all && tagKeys.isEmpty() ? List.of()
                : current.stream().filter(t -> !tagKeys.contains(t.key())).toList());
    }

    @Override
    public List<KeyTag> listKeyTags(Caller caller, String action, List<String> keyIds, List<TagFilter> filters) {
        List<KeyTag> rows = new ArrayList<>();
        for (String keyId : keyIds) {
            authorization.check(caller, action, arns(caller).key(keyId));
            keys.find(caller.account(), keyId).orElseThrow(() -> new KeyNotFound("The specified key is not found."));
            for (Tag tag : keys.tags(keyId)) {
                if (filters.isEmpty() || filters.stream().anyMatch(f -> f.key().equals(tag.key())
                        && (f.value() == null || f.value().isEmpty() || f.value().equals(tag.value())))) {
                    rows.add(new KeyTag(keyId, tag));
                }
            }
        }
        return rows;
    }

    private void change(Caller caller, String action, List<String> keyIds,
                        java.util.function.UnaryOperator<List<Tag>> edit) {
        keyIds.forEach(keyId -> authorization.check(caller, action, arns(caller).key(keyId)));
        transactions.inTransaction(() -> {
            for (String keyId : keyIds) {
                keys.findForUpdate(caller.account(), keyId)
                        .orElseThrow(() -> new KeyNotFound("The specified key is not found."));
                keys.saveTags(keyId, edit.apply(keys.tags(keyId)));
            }
            return keyIds.size();
        });
    }

    private Arns arns(Caller caller) {
        return new Arns(settings.region(), caller.account());
    }
}
