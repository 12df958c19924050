package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/**
 * How a use case changes stored secrets: authorize the action on each named secret first, then, in one
 * transaction, lock each, let the aggregate change itself, store it. A missing secret or a refused change leaves
 * every named secret as it was.
 */
public final class SecretChanges {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;

    public SecretChanges(SecretLookup lookup, SecretRepository secrets, Transactions transactions) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
    }

    /** One secret; returns its name. */
    SecretName change(Caller caller, String nameOrArn, String action, Consumer<Secret> change) {
        return apply(caller, action, List.of(nameOrArn), change).get(0);
    }

    /** Several secrets, all or none. */
    List<SecretName> apply(Caller caller, String action, List<String> namesOrArns, Consumer<Secret> change) {
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
        return names;
    }
}
