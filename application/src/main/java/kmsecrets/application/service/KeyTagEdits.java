package kmsecrets.application.service;

import java.util.List;
import java.util.function.UnaryOperator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/** Changes the tags of several keys under their row locks in one transaction: all of them, or none. */
public final class KeyTagEdits {
    private final KeyAccess access;
    private final KeyRepository keys;
    private final Transactions transactions;

    public KeyTagEdits(KeyAccess access, KeyRepository keys, Transactions transactions) {
        this.access = access;
        this.keys = keys;
        this.transactions = transactions;
    }

    void apply(Caller caller, String action, List<String> keyIds, UnaryOperator<List<Tag>> edit) {
        keyIds.forEach(keyId -> access.authorizeById(caller, keyId, action));
        transactions.inTransaction(() -> {
            for (String keyId : keyIds) {
                keys.findForUpdate(caller.account(), keyId).orElseThrow(KeyAccess::notFound);
                keys.saveTags(keyId, edit.apply(keys.tags(keyId)));
            }
            return keyIds.size();
        });
    }
}
