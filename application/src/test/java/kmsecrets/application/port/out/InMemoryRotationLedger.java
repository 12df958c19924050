package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** Intents and call counts in maps, due secrets read from an in-memory repository; unit tests only. */
public final class InMemoryRotationLedger implements RotationLedger {
    private final InMemorySecretRepository secrets;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<AccountId, Deque<Instant>> calls = new LinkedHashMap<>();

    public InMemoryRotationLedger(InMemorySecretRepository secrets) {
        this.secrets = secrets;
    }

    private static String key(AccountId account, SecretName name) {
        return account.value() + "/" + name.value();
    }

    @Override
    public void begin(Intent intent) {
        if (intents.putIfAbsent(key(intent.account(), intent.name()), intent) != null) {
            throw new IllegalStateException("an intent exists for " + intent.name());
        }
    }

    @Override
    public Optional<Intent> find(AccountId account, SecretName name) {
        return Optional.ofNullable(intents.get(key(account, name)));
    }

    @Override
    public void end(AccountId account, SecretName name) {
        intents.remove(key(account, name));
    }

    @Override
    public void postpone(AccountId account, SecretName name, Instant leaseUntil) {
        intents.computeIfPresent(key(account, name), (k, i) -> i.withLease(leaseUntil));
    }

    @Override
    public List<Intent> claimExpired(Instant now, Instant leaseUntil, int limit) {
        List<Intent> claimed = new ArrayList<>();
        for (Intent i : List.copyOf(intents.values())) {
            if (claimed.size() < limit && !i.leaseUntil().isAfter(now)) {
                Intent extended = i.withLease(leaseUntil);
                intents.put(key(i.account(), i.name()), extended);
                claimed.add(extended);
            }
        }
        return claimed;
    }

    @Override
    public List<SecretRef> due(Instant now, int limit) {
        return secrets.all().stream()
                .filter(s -> !s.pendingDeletion() && s.rotation().dueAt(now) && find(s.account(), s.name()).isEmpty())
                .limit(limit).map(s -> new SecretRef(s.account(), s.name())).toList();
    }

    @Override
    public boolean countCall(AccountId account, Instant now, int hourlyLimit) {
        Deque<Instant> recent = calls.computeIfAbsent(account, a -> new ArrayDeque<>());
        recent.removeIf(at -> !at.isAfter(now.minusSeconds(3600)));
        if (recent.size() >= hourlyLimit) {
            return false;
        }
        recent.add(now);
        return true;
    }

    /** For assertions: the secret as stored. */
    public Optional<Secret> stored(AccountId account, SecretName name) {
        return secrets.find(account, name);
    }
}
