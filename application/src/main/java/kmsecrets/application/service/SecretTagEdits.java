package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** Changes several secrets in one transaction: a missing secret or a broken limit changes none of them. */
public final class SecretTagEdits {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;

    public SecretTagEdits(SecretLookup lookup, SecretRepository secrets, Transactions transactions) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
    }

    void apply(Caller caller, String action, List<String> namesOrArns, Consumer<Secret> change) {
        List<SecretName> names = new ArrayList<>();
        for (String nameOrArn : namesOrArns) {
            names.add(lookup.authorize(caller, nameOrArn, action));
        }
        transactions.inTransaction(() -> {
            for (SecretName name : names) {
                Secret secret = lookup.loadForUpdate(caller, name);
                change.accept(secret);
                secrets.update(secret);
            }
            return names.size();
        });
    }
}
