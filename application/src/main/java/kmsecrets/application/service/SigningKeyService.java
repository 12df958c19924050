package kmsecrets.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.application.port.in.pipeline.SigningKey;
import kmsecrets.application.port.in.pipeline.SigningKeys;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.access.Caller;

/**
 * Finds an access key and unwraps its secret for signature verification. Every request needs one, so a found key
 * is kept for a few seconds: a key disabled or deleted on any node stops working everywhere within that time.
 */
public final class SigningKeyService implements SigningKeys {
    /** How long a looked-up key is trusted without asking the database again. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final int MAX_CACHED = 10_000;

    private final AccessKeyRepository accessKeys;
    private final MasterKeyCipher masterKey;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SigningKeyService(AccessKeyRepository accessKeys, MasterKeyCipher masterKey, Clock clock) {
        this.accessKeys = accessKeys;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    @Override
    public Optional<SigningKey> find(String accessKeyId) {
        Instant now = clock.instant();
        Cached cached = cache.get(accessKeyId);
        if (cached != null && now.isBefore(cached.expires())) {
            return Optional.of(cached.key());
        }
        Optional<SigningKey> found = accessKeys.find(accessKeyId).map(this::toSigningKey);
        if (found.isPresent()) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(accessKeyId, new Cached(found.get(), now.plus(CACHE_TTL)));
        } else {
            cache.remove(accessKeyId);
        }
        return found;
    }

    private SigningKey toSigningKey(StoredAccessKey key) {
        Caller caller = new Caller(key.account(), key.principal(), key.accessKeyId(), key.root());
        return new SigningKey(caller, masterKey.unwrap(key.wrappedSecret(),
                MasterKeyCipher.accessKeyContext(key.accessKeyId())),
                key.enabled());
    }


    private record Cached(SigningKey key, Instant expires) {
    }
}
