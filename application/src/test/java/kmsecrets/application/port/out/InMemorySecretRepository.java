package kmsecrets.application.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** Test double: secrets in a map, rebuilt on every read as storage would (so no aliasing of aggregates). */
public final class InMemorySecretRepository implements SecretRepository {
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    private static String key(AccountId account, SecretName name) {
        return account.value() + "/" + name.value();
    }

    private static Secret copy(Secret s) {
        return Secret.restore(s.metadata(), s.updatedAt(), s.plannedDeleteTime(), s.versions(), s.stages());
    }

    @Override
    public Optional<Secret> find(AccountId account, SecretName name) {
        return Optional.ofNullable(secrets.get(key(account, name))).map(InMemorySecretRepository::copy);
    }

    @Override
    public Optional<Secret> findForUpdate(AccountId account, SecretName name) {
        return find(account, name);
    }

    @Override
    public void insert(Secret secret) {
        if (secrets.putIfAbsent(key(secret.account(), secret.name()), copy(secret)) != null) {
            throw new SecretAlreadyExists("The resource already exists.");
        }
    }

    @Override
    public void saveDeletionState(Secret secret) {
        secrets.computeIfPresent(key(secret.account(), secret.name()), (k, old) -> copy(secret));
    }

    @Override
    public void delete(AccountId account, SecretName name) {
        secrets.remove(key(account, name));
    }

    @Override
    public long count(AccountId account) {
        return secrets.keySet().stream().filter(k -> k.startsWith(account.value() + "/")).count();
    }
}
