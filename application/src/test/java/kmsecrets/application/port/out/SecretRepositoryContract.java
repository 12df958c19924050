package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.RecoveryWindow;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretTestData;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.application.port.out.SecretRepository.PurgedSecret;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretRepository} must do; run by the in-memory double and by the PostgreSQL adapter, so the
 * double can be trusted in use-case tests.
 */
public abstract class SecretRepositoryContract {
    protected static final AccountId ACCOUNT = new AccountId("1234567890123456");
    protected static final AccountId OTHER_ACCOUNT = new AccountId("6543210987654321");
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** The repository under test, empty, in a transaction-less mode where each call commits. */
    protected abstract SecretRepository repository();

    /** The id of a customer key that exists in the store of {@link #repository()}. */
    protected abstract String keyId();

    protected Secret generic(AccountId account, String name) {
        return SecretTestData.secret(name).account(account).description("a description").key(keyId())
                .tags(new Tag("env", "prod"), new Tag("team", "core")).build();
    }

    protected Secret rds(String name) {
        ExtendedConfig config = new ExtendedConfig("{\"SecretSubType\":\"DoubleUsers\",\"DBInstanceId\":\"rm-1\"}",
                Map.of("SecretSubType", "DoubleUsers", "DBInstanceId", "rm-1"));
        return SecretTestData.rds(name).config(config).rotatingEvery("7d").key(keyId()).versions("v1", "v0")
                .build();
    }

    @Test
    void aStoredSecretReadsBackFieldByField() {
        Secret stored = generic(ACCOUNT, "app/db-password");
        repository().insert(stored, Long.MAX_VALUE);
        Secret read = repository().find(ACCOUNT, new SecretName("app/db-password")).orElseThrow();
        assertThat(read.metadata()).usingRecursiveComparison().ignoringFields("type").isEqualTo(stored.metadata());
        assertThat(read.type().name()).isEqualTo("Generic");
        assertThat(read.versions()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(new VersionId("v1"));
            assertThat(v.value()).isEqualTo(new SealedValue(keyId(), kmsecrets.domain.key.KeyVersion.initialId(keyId()), new byte[] {1, 2, 3}));
            assertThat(v.createdAt()).isEqualTo(NOW);
        });
        assertThat(read.stages()).containsExactly(Map.entry(StageLabel.CURRENT, new VersionId("v1")));
        assertThat(read.pendingDeletion()).isFalse();
    }

    @Test
    void managedSecretsKeepConfigRotationAndBothStages() {
        repository().insert(rds("rds/app"), Long.MAX_VALUE);
        Secret read = repository().find(ACCOUNT, new SecretName("rds/app")).orElseThrow();
        assertThat(read.extendedConfig().orElseThrow().json()).isEqualTo(
                "{\"SecretSubType\":\"DoubleUsers\",\"DBInstanceId\":\"rm-1\"}");
        assertThat(read.rotation().interval().orElseThrow().length()).isEqualTo(Duration.ofDays(7));
        assertThat(read.rotation().nextRotation()).contains(NOW.plus(Duration.ofDays(7)));
        assertThat(read.stages()).containsEntry(StageLabel.CURRENT, new VersionId("v1"))
                .containsEntry(StageLabel.PREVIOUS, new VersionId("v0"));
    }

    @Test
    void namesAreUniquePerAccountOnly() {
        repository().insert(generic(ACCOUNT, "shared-name"), Long.MAX_VALUE);
        assertThatThrownBy(() -> repository().insert(generic(ACCOUNT, "shared-name"), Long.MAX_VALUE))
                .isInstanceOf(SecretAlreadyExists.class);
        repository().insert(generic(OTHER_ACCOUNT, "shared-name"), Long.MAX_VALUE);
        assertThat(repository().count(ACCOUNT)).isEqualTo(1);
        assertThat(repository().count(OTHER_ACCOUNT)).isEqualTo(1);
        assertThat(repository().find(OTHER_ACCOUNT, new SecretName("missing"))).isEmpty();
    }

    @Test
    void aFullQuotaRefusesTheInsert() {
        repository().insert(generic(ACCOUNT, "q1"), 2);
        repository().insert(generic(ACCOUNT, "q2"), 2);
        assertThatThrownBy(() -> repository().insert(generic(ACCOUNT, "q3"), 2))
                .isInstanceOf(kmsecrets.domain.error.QuotaExceeded.class);
        assertThatThrownBy(() -> repository().insert(generic(ACCOUNT, "q1"), 2))
                .as("a taken name is reported as such, even at the quota")
                .isInstanceOf(kmsecrets.domain.error.SecretAlreadyExists.class);
        repository().insert(generic(OTHER_ACCOUNT, "q3"), 2);
        assertThat(repository().find(ACCOUNT, new SecretName("q3"))).isEmpty();
    }

    @Test
    void deletionStateIsSavedAndRestored() {
        repository().insert(generic(ACCOUNT, "to-delete"), Long.MAX_VALUE);
        Secret secret = repository().findForUpdate(ACCOUNT, new SecretName("to-delete")).orElseThrow();
        Instant planned = secret.scheduleDeletion(NOW, new RecoveryWindow(7));
        repository().update(secret);
        Secret pending = repository().find(ACCOUNT, new SecretName("to-delete")).orElseThrow();
        assertThat(pending.plannedDeleteTime()).contains(planned);
        assertThat(pending.updatedAt()).isEqualTo(NOW);

        assertThatThrownBy(() -> repository().insert(generic(ACCOUNT, "to-delete"), Long.MAX_VALUE))
                .isInstanceOf(kmsecrets.domain.error.SecretInDeletionWindow.class);

        pending.cancelDeletion(NOW.plus(1, ChronoUnit.HOURS));
        repository().update(pending);
        assertThat(repository().find(ACCOUNT, new SecretName("to-delete")).orElseThrow().pendingDeletion()).isFalse();
    }

    @Test
    void deleteRemovesEverything() {
        repository().insert(generic(ACCOUNT, "gone"), Long.MAX_VALUE);
        repository().delete(ACCOUNT, new SecretName("gone"));
        assertThat(repository().find(ACCOUNT, new SecretName("gone"))).isEmpty();
        assertThat(repository().count(ACCOUNT)).isZero();
        repository().insert(generic(ACCOUNT, "gone"), Long.MAX_VALUE);
        assertThat(repository().find(ACCOUNT, new SecretName("gone"))).isPresent();
    }

    protected SecretVersion sealedVersion(String id, Instant at) {
        return new SecretVersion(new VersionId(id), SecretDataType.TEXT, new SealedValue(keyId(), kmsecrets.domain.key.KeyVersion.initialId(keyId()), id.getBytes()), at);
    }

    @Test
    void anUpdateFromAnOvertakenReadIsRefusedAndChangesNothing() {
        repository().insert(generic(ACCOUNT, "raced"), Long.MAX_VALUE);
        Secret first = repository().find(ACCOUNT, new SecretName("raced")).orElseThrow();
        Secret second = repository().find(ACCOUNT, new SecretName("raced")).orElseThrow();
        first.putVersion(sealedVersion("first", NOW.plusSeconds(1)), java.util.Set.of(), NOW.plusSeconds(1));
        repository().update(first);
        second.putVersion(sealedVersion("second", NOW.plusSeconds(2)), java.util.Set.of(), NOW.plusSeconds(2));
        second.tag(List.of(new Tag("lost", "update")), NOW.plusSeconds(2));

        assertThatThrownBy(() -> repository().update(second)).isInstanceOf(ConcurrentUpdate.class);

        Secret read = repository().find(ACCOUNT, new SecretName("raced")).orElseThrow();
        assertThat(read.versions()).extracting(v -> v.id().value()).containsExactly("v1", "first");
        assertThat(read.stages()).containsEntry(StageLabel.CURRENT, new VersionId("first"));
        assertThat(read.metadata().tags()).extracting(Tag::key).doesNotContain("lost");
        assertThat(read.revision()).isGreaterThan(first.revision());
    }

    @Test
    void addedVersionsMovedLabelsAndPurgedVersionsAreSaved() {
        repository().insert(generic(ACCOUNT, "rotating"), Long.MAX_VALUE);
        for (int i = 2; i <= 12; i++) {
            Secret secret = repository().findForUpdate(ACCOUNT, new SecretName("rotating")).orElseThrow();
            secret.putVersion(sealedVersion("v" + i, NOW.plusSeconds(i)), java.util.Set.of(), NOW.plusSeconds(i));
            repository().update(secret);
        }
        Secret read = repository().find(ACCOUNT, new SecretName("rotating")).orElseThrow();
        assertThat(read.versions()).hasSize(Secret.MAX_VERSIONS);
        assertThat(read.versions()).extracting(v -> v.id().value())
                .containsExactly("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12");
        assertThat(read.stages()).containsEntry(StageLabel.CURRENT, new VersionId("v12"))
                .containsEntry(StageLabel.PREVIOUS, new VersionId("v11")).hasSize(2);
        assertThat(read.version(new VersionId("v12")).orElseThrow().value().ciphertext()).isEqualTo("v12".getBytes());

        Secret again = repository().findForUpdate(ACCOUNT, new SecretName("rotating")).orElseThrow();
        again.moveStage(new StageLabel("Pinned"), Optional.empty(), Optional.of(new VersionId("v3")), NOW.plusSeconds(99));
        again.tag(List.of(new Tag("owner", "ops")), NOW.plusSeconds(99));
        again.describe("rotated by hand", NOW.plusSeconds(99));
        repository().update(again);
        Secret reread = repository().find(ACCOUNT, new SecretName("rotating")).orElseThrow();
        assertThat(reread.labelsOf(new VersionId("v3"))).containsExactly(new StageLabel("Pinned"));
        assertThat(reread.metadata().tags()).extracting(Tag::key).containsExactlyInAnyOrder("env", "team", "owner");
        assertThat(reread.metadata().description()).isEqualTo("rotated by hand");
        assertThat(reread.updatedAt()).isEqualTo(NOW.plusSeconds(99));
    }

    @Test
    void listingsFilterPageAndCountInCreationOrder() {
        for (int i = 0; i < 5; i++) {
            Secret s = generic(ACCOUNT, "app/item-" + i);
            repository().insert(s, Long.MAX_VALUE);
        }
        repository().insert(generic(ACCOUNT, "other_x"), Long.MAX_VALUE);
        repository().insert(rds("rds/db"), Long.MAX_VALUE);
        repository().insert(generic(OTHER_ACCOUNT, "app/elsewhere"), Long.MAX_VALUE);

        List<kmsecrets.domain.secret.SecretFilter> appOnly = List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.SecretName, List.of("app/")));
        assertThat(repository().countMatching(ACCOUNT, appOnly)).isEqualTo(5);
        assertThat(repository().list(ACCOUNT, appOnly, 2, 2)).extracting(x -> x.name().value())
                .containsExactly("app/item-2", "app/item-3");
        assertThat(repository().countMatching(ACCOUNT, List.of())).isEqualTo(7);
        assertThat(repository().list(ACCOUNT, List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.SecretName, List.of("r_x"))), 0, 10))
                .extracting(x -> x.name().value()).containsExactly("other_x");
        assertThat(repository().countMatching(ACCOUNT, List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.SecretName, List.of("%"))))).as("% is no wildcard").isZero();
        assertThat(repository().countMatching(ACCOUNT, List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.SecretName, List.of("_"))))).isEqualTo(1);
        assertThat(repository().list(ACCOUNT, List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.SecretType, List.of("RDS"))), 0, 10))
                .extracting(x -> x.secretType()).containsExactly("Rds");
        assertThat(repository().countMatching(ACCOUNT, List.of(
                new kmsecrets.domain.secret.SecretFilter(kmsecrets.domain.secret.SecretFilter.Key.TagKey, List.of("env", "nope")),
                new kmsecrets.domain.secret.SecretFilter(kmsecrets.domain.secret.SecretFilter.Key.TagValue, List.of("prod")))))
                .isEqualTo(6);
        assertThat(repository().countMatching(ACCOUNT, List.of(new kmsecrets.domain.secret.SecretFilter(
                kmsecrets.domain.secret.SecretFilter.Key.Description, List.of("a descr"))))).isEqualTo(6);
        assertThat(repository().list(ACCOUNT, appOnly, 0, 1)).singleElement().satisfies(x -> {
            assertThat(x.tags()).extracting(Tag::key).containsExactly("env", "team");
            assertThat(x.plannedDeleteTime()).isEmpty();
        });
        assertThat(repository().summaries(ACCOUNT, List.of(new SecretName("rds/db"), new SecretName("missing"))))
                .extracting(x -> x.name().value()).containsExactly("rds/db");
    }

    /** Several values of one key are alternatives (OR), keys combine with AND; 1, 2 and 10 values for every key. */
    @Test
    void everyFilterKeyTakesOneTwoOrTenValues() {
        for (int i = 0; i < 12; i++) {
            Secret s = generic(ACCOUNT, "multi/s" + i + (i % 2 == 0 ? "_even" : "@odd"));
            s.describe("about item " + i + (i % 3 == 0 ? " 100%" : "") + (i % 4 == 0 ? " !" : ""), NOW);
            s.tag(List.of(new Tag("k" + i, "v" + i)), NOW);
            repository().insert(s, Long.MAX_VALUE);
        }
        repository().insert(rds("multi/rds"), Long.MAX_VALUE);
        for (kmsecrets.domain.secret.SecretFilter.Key key : kmsecrets.domain.secret.SecretFilter.Key.values()) {
            for (int n : new int[] {1, 2, 10}) {
                List<String> values = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    values.add(switch (key) {
                        case SecretName -> "s" + i + (i % 2 == 0 ? "_even" : "@odd");
                        case Description -> "item " + i + (i % 3 == 0 ? " 100%" : "") + (i % 4 == 0 ? " !" : "");
                        case TagKey -> "k" + i;
                        case TagValue -> "v" + i;
                        case SecretType -> i == 0 ? "generic" : i == 1 ? "RDS" : "none" + i;
                    });
                }
                List<kmsecrets.domain.secret.SecretFilter> filters = List.of(
                        new kmsecrets.domain.secret.SecretFilter(key, values));
                long expected = switch (key) {
                    case SecretName, TagKey, TagValue -> n;
                    case Description -> descriptions(values);
                    case SecretType -> n == 1 ? 12 : 13;
                };
                assertThat(repository().countMatching(ACCOUNT, filters)).as(key + " with " + n + " values")
                        .isEqualTo(expected);
                assertThat(repository().list(ACCOUNT, filters, 0, 100)).as(key + " with " + n + " values")
                        .hasSize((int) repository().countMatching(ACCOUNT, filters));
            }
        }
        // keys combine with AND, values of one key with OR
        assertThat(repository().list(ACCOUNT, List.of(
                new kmsecrets.domain.secret.SecretFilter(kmsecrets.domain.secret.SecretFilter.Key.SecretName,
                        List.of("s1@", "s2_", "s3@")),
                new kmsecrets.domain.secret.SecretFilter(kmsecrets.domain.secret.SecretFilter.Key.TagKey,
                        List.of("k2", "k3", "k9")),
                new kmsecrets.domain.secret.SecretFilter(kmsecrets.domain.secret.SecretFilter.Key.Description,
                        List.of("item 3 100%", "item 2"))), 0, 10))
                .extracting(x -> x.name().value()).containsExactly("multi/s2_even", "multi/s3@odd");
    }

    /** How many of the 12 descriptions "about item i[ 100%]" contain one of the values. */
    private static long descriptions(List<String> values) {
        long count = 0;
        for (int i = 0; i < 12; i++) {
            String description = "about item " + i + (i % 3 == 0 ? " 100%" : "") + (i % 4 == 0 ? " !" : "");
            if (values.stream().anyMatch(description::contains)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void purgeDeletesOnlySecretsPastTheirWindow() {
        repository().insert(generic(ACCOUNT, "due"), Long.MAX_VALUE);
        repository().insert(generic(ACCOUNT, "not-yet"), Long.MAX_VALUE);
        repository().insert(generic(ACCOUNT, "live"), Long.MAX_VALUE);
        for (String name : List.of("due", "not-yet")) {
            Secret s = repository().findForUpdate(ACCOUNT, new SecretName(name)).orElseThrow();
            s.scheduleDeletion(name.equals("due") ? NOW.minus(Duration.ofDays(8)) : NOW, new RecoveryWindow(7));
            repository().update(s);
        }
        assertThat(repository().purgeDue(NOW, 10)).containsExactly(new PurgedSecret(ACCOUNT, new SecretName("due")));
        assertThat(repository().purgeDue(NOW, 10)).isEmpty();
        assertThat(repository().find(ACCOUNT, new SecretName("not-yet"))).isPresent();
        assertThat(repository().find(ACCOUNT, new SecretName("live"))).isPresent();
    }
}
