package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretFilter;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretSummary;

/** Test double: secrets in a map, rebuilt on every read as storage would (so no aliasing of aggregates). */
public final class InMemorySecretRepository implements SecretRepository {
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    private static String key(AccountId account, SecretName name) {
        return account.value() + "/" + name.value();
    }

    private static Secret copy(Secret s) {
        return stored(s, s.revision());
    }

    private static Secret stored(Secret s, long revision) {
        return Secret.restore(s.metadata(), revision, s.updatedAt(), s.plannedDeleteTime(), s.versions(), s.stages());
    }

    @Override
    public Optional<Secret> find(AccountId account, SecretName name) {
        return Optional.ofNullable(secrets.get(key(account, name))).map(InMemorySecretRepository::copy);
    }

    /** Every stored secret, copied. */
    public List<Secret> all() {
        return secrets.values().stream().map(InMemorySecretRepository::copy).toList();
    }

    @Override
    public Optional<Secret> findForUpdate(AccountId account, SecretName name) {
        return find(account, name);
    }

    @Override
    public synchronized void insert(Secret secret, long quota) {
        Secret holder = secrets.get(key(secret.account(), secret.name()));
        if (holder != null && holder.pendingDeletion()) {
            throw new SecretInDeletionWindow("A secret with that name is scheduled for deletion.");
        }
        if (holder != null) {
            throw new SecretAlreadyExists("The resource already exists.");
        }
        if (count(secret.account()) >= quota) {
            throw new kmsecrets.domain.error.QuotaExceeded("The secret quota is exceeded.");
        }
        secrets.put(key(secret.account(), secret.name()), copy(secret));
    }

    @Override
    public void update(Secret secret) {
        secrets.computeIfPresent(key(secret.account(), secret.name()), (k, old) -> {
            if (old.revision() != secret.revision()) {
                throw new ConcurrentUpdate("secret " + secret.name().value() + " changed since it was read");
            }
            return stored(secret, secret.revision() + 1);
        });
    }

    private java.util.stream.Stream<Secret> matching(AccountId account, List<SecretFilter> filters) {
        return secrets.values().stream().filter(s -> s.account().equals(account))
                .filter(s -> filters.stream().allMatch(f -> f.matches(s)))
                .sorted(Comparator.comparing((Secret s) -> s.metadata().createdAt())
                        .thenComparing(s -> s.name().value()));
    }

    private static SecretSummary summary(Secret s) {
        return new SecretSummary(s.name(), s.type().name(), s.metadata().createdAt(), s.updatedAt(),
                s.plannedDeleteTime(), s.metadata().tags());
    }

    @Override
    public List<SecretSummary> list(AccountId account, List<SecretFilter> filters, long offset, int limit) {
        return matching(account, filters).skip(offset).limit(limit).map(InMemorySecretRepository::summary).toList();
    }

    @Override
    public long countMatching(AccountId account, List<SecretFilter> filters) {
        return matching(account, filters).count();
    }

    @Override
    public List<SecretSummary> summaries(AccountId account, Collection<SecretName> names) {
        return matching(account, List.of()).filter(s -> names.contains(s.name()))
                .map(InMemorySecretRepository::summary).toList();
    }

    @Override
    public synchronized List<PurgedSecret> purgeDue(Instant now, int limit) {
        List<PurgedSecret> due = secrets.values().stream()
                .filter(s -> s.plannedDeleteTime().filter(t -> !t.isAfter(now)).isPresent())
                .limit(limit).map(s -> new PurgedSecret(s.account(), s.name())).toList();
        due.forEach(p -> secrets.remove(key(p.account(), p.name())));
        return due;
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
