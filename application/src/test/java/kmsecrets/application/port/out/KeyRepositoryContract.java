package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyRotation;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.secret.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyRepository} must do; run by the in-memory double and by the PostgreSQL adapter, so the
 * double can be trusted in use-case tests.
 */
public abstract class KeyRepositoryContract {
    protected static final AccountId ACCOUNT = new AccountId("1234567890123456");
    protected static final AccountId OTHER_ACCOUNT = new AccountId("6543210987654321");
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** The repository under test, empty; each call commits on its own. */
    protected abstract KeyRepository repository();

    protected static CustomerKey key(String id, Instant createdAt) {
        return new CustomerKey(id, ACCOUNT, KeyState.ENABLED, false, new byte[] {1, 2, 3}, createdAt);
    }

    @Test
    void anInsertedKeyReadsBackInItsOwnAccountOnly() {
        CustomerKey key = key("key-contract-a000000000", NOW).describe("payments");
        repository().insert(key);
        CustomerKey read = repository().find(ACCOUNT, key.keyId()).orElseThrow();
        assertThat(read.state()).isEqualTo(KeyState.ENABLED);
        assertThat(read.description()).isEqualTo("payments");
        assertThat(read.primaryVersionId()).isEqualTo(KeyVersion.initialId(key.keyId()));
        assertThat(read.wrappedMaterial()).containsExactly(1, 2, 3);
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(repository().find(OTHER_ACCOUNT, key.keyId())).isEmpty();
        assertThat(repository().findForUpdate(OTHER_ACCOUNT, key.keyId())).isEmpty();
    }

    @Test
    void anUpdateKeepsStateDescriptionAndRotation() {
        CustomerKey key = key("key-contract-b000000000", NOW);
        repository().insert(key);
        repository().update(key.describe("retired").withRotation(KeyRotation.every("30d", NOW)).disable());
        CustomerKey read = repository().find(ACCOUNT, key.keyId()).orElseThrow();
        assertThat(read.state()).isEqualTo(KeyState.DISABLED);
        assertThat(read.description()).isEqualTo("retired");
        assertThat(read.rotation().next()).contains(NOW.plusSeconds(30L * 24 * 3600));
    }

    @Test
    void theDefaultKeyIsCreatedOnce() {
        CustomerKey first = repository().defaultKey(ACCOUNT, () -> new CustomerKey("key-contract-default0000",
                ACCOUNT, KeyState.ENABLED, true, new byte[] {7}, NOW));
        CustomerKey second = repository().defaultKey(ACCOUNT, () -> new CustomerKey("key-contract-default1111",
                ACCOUNT, KeyState.ENABLED, true, new byte[] {8}, NOW));
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(repository().findDefault(ACCOUNT)).map(CustomerKey::keyId).contains(first.keyId());
        assertThat(repository().findDefault(OTHER_ACCOUNT)).isEmpty();
    }

    @Test
    void aNewVersionBecomesPrimaryAndTheOldOneStaysReadable() {
        CustomerKey key = key("key-contract-c000000000", NOW);
        repository().insert(key);
        KeyVersion next = new KeyVersion("key-contract-c000000000-v2", key.keyId(), new byte[] {4}, NOW.plusSeconds(60));
        repository().addVersion(key.rotateTo(next), next);
        assertThat(repository().find(ACCOUNT, key.keyId()).orElseThrow().primaryVersionId())
                .isEqualTo(next.versionId());
        assertThat(repository().versions(ACCOUNT, key.keyId())).extracting(KeyVersion::versionId)
                .containsExactly(KeyVersion.initialId(key.keyId()), next.versionId());
        assertThat(repository().findVersion(ACCOUNT, KeyVersion.initialId(key.keyId())))
                .hasValueSatisfying(v -> assertThat(v.wrappedMaterial()).containsExactly(1, 2, 3));
        assertThat(repository().findVersion(OTHER_ACCOUNT, next.versionId())).isEmpty();
    }

    @Test
    void keysArePagedOldestFirstAndCounted() {
        for (int i = 0; i < 3; i++) {
            repository().insert(key("key-contract-p00000000" + i, NOW.plusSeconds(i)));
        }
        assertThat(repository().count(ACCOUNT)).isEqualTo(3);
        assertThat(repository().list(ACCOUNT, 1, 1)).extracting(CustomerKey::keyId)
                .containsExactly("key-contract-p000000001");
        assertThat(repository().list(OTHER_ACCOUNT, 0, 10)).isEmpty();
    }

    @Test
    void onlyEnabledKeysWhoseRotationIsDueAreHandedOut() {
        CustomerKey due = key("key-contract-d000000000", NOW).withRotation(KeyRotation.every("7d", NOW));
        CustomerKey disabled = key("key-contract-e000000000", NOW).withRotation(KeyRotation.every("7d", NOW))
                .disable();
        CustomerKey later = key("key-contract-f000000000", NOW).withRotation(KeyRotation.every("30d", NOW));
        for (CustomerKey k : List.of(due, disabled, later)) {
            repository().insert(k);
            repository().update(k);
        }
        assertThat(repository().lockDueForRotation(NOW.plusSeconds(8L * 24 * 3600), 10))
                .extracting(CustomerKey::keyId).containsExactly(due.keyId());
    }

    @Test
    void tagsAreReplacedAsAWhole() {
        CustomerKey key = key("key-contract-t000000000", NOW);
        repository().insert(key);
        repository().saveTags(key.keyId(), List.of(new Tag("team", "core"), new Tag("env", "prod")));
        assertThat(repository().tags(key.keyId())).containsExactlyInAnyOrder(new Tag("team", "core"),
                new Tag("env", "prod"));
        repository().saveTags(key.keyId(), List.of(new Tag("env", "dev")));
        assertThat(repository().tags(key.keyId())).containsExactly(new Tag("env", "dev"));
        repository().saveTags(key.keyId(), List.of());
        assertThat(repository().tags(key.keyId())).isEmpty();
    }

    @Test
    void aKeyPastItsDeleteDateIsDestroyedOnceAndNeverFoundAgain() {
        CustomerKey due = key("key-contract-x000000000", NOW);
        CustomerKey later = key("key-contract-y000000000", NOW);
        CustomerKey kept = key("key-contract-z000000000", NOW);
        for (CustomerKey k : List.of(due, later, kept)) {
            repository().insert(k);
        }
        repository().update(due.scheduleDeletion(NOW, 7));
        repository().update(later.scheduleDeletion(NOW, 30));
        Instant eightDaysOn = NOW.plusSeconds(8L * 24 * 3600);
        assertThat(repository().destroyDue(NOW.plusSeconds(6L * 24 * 3600), 10)).isEmpty();
        assertThat(repository().destroyDue(eightDaysOn, 10)).containsExactly(due.keyId());
        assertThat(repository().destroyDue(eightDaysOn, 10)).isEmpty();
        assertThat(repository().find(ACCOUNT, due.keyId())).isEmpty();
        assertThat(repository().findForUpdate(ACCOUNT, due.keyId())).isEmpty();
        assertThat(repository().findVersion(ACCOUNT, due.primaryVersionId())).isEmpty();
        assertThat(repository().versions(ACCOUNT, due.keyId())).isEmpty();
        assertThat(repository().list(ACCOUNT, 0, 10)).extracting(CustomerKey::keyId)
                .containsExactly(later.keyId(), kept.keyId());
        assertThat(repository().count(ACCOUNT)).isEqualTo(2);
        assertThat(repository().find(ACCOUNT, later.keyId())).isPresent();
    }
}
