package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.AliasName;

/** Test double: aliases in a map. */
public final class InMemoryAliasRepository implements AliasRepository {
    private final Map<String, String> targets = new ConcurrentHashMap<>();

    private static String key(AccountId account, AliasName alias) {
        return account.value() + "/" + alias.value();
    }

    @Override
    public boolean create(AccountId account, AliasName alias, String keyId, Instant at) {
        return targets.putIfAbsent(key(account, alias), keyId) == null;
    }

    @Override
    public boolean retarget(AccountId account, AliasName alias, String keyId) {
        return targets.replace(key(account, alias), keyId) != null;
    }

    @Override
    public boolean delete(AccountId account, AliasName alias) {
        return targets.remove(key(account, alias)) != null;
    }

    @Override
    public Optional<String> keyOf(AccountId account, AliasName alias) {
        return Optional.ofNullable(targets.get(key(account, alias)));
    }

    @Override
    public List<Alias> list(AccountId account, Optional<String> keyId, long offset, int limit) {
        return targets.entrySet().stream().filter(e -> e.getKey().startsWith(account.value() + "/"))
                .filter(e -> keyId.map(e.getValue()::equals).orElse(true))
                .map(e -> new Alias(new AliasName(e.getKey().substring(17)), e.getValue()))
                .sorted(java.util.Comparator.comparing(a -> a.name().value())).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(AccountId account, Optional<String> keyId) {
        return list(account, keyId, 0, Integer.MAX_VALUE).size();
    }
}
