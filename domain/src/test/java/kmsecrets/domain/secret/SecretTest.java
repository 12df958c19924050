package kmsecrets.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.SecretNotFound;
import kmsecrets.domain.error.SecretNotInDeletionWindow;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import org.junit.jupiter.api.Test;

class SecretTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");

    private static SecretVersion version(String id) {
        return new SecretVersion(new VersionId(id), SecretDataType.TEXT, new SealedValue("key-1", "key-1-v1", new byte[] {1}), NOW);
    }

    private static SecretMetadata metadata(SecretType type, List<Tag> tags, RotationPolicy rotation) {
        return new SecretMetadata(ACCOUNT, new SecretName("s"), type, "", "key-1", tags, Optional.empty(), rotation, NOW);
    }

    private static Secret generic() {
        return Secret.create(metadata(new GenericSecretType(), List.of(), RotationPolicy.DISABLED), List.of(version("v1")));
    }

    @Test
    void aNewSecretLabelsItsFirstVersionCurrentAndADualSecondPrevious() {
        assertThat(generic().stages()).containsExactly(Map.entry(StageLabel.CURRENT, new VersionId("v1")));
        Secret dual = Secret.create(metadata(new RdsSecretType(), List.of(), RotationPolicy.DISABLED),
                List.of(version("a"), version("b")));
        assertThat(dual.labelsOf(new VersionId("a"))).containsExactly(StageLabel.CURRENT);
        assertThat(dual.labelsOf(new VersionId("b"))).containsExactly(StageLabel.PREVIOUS);
    }

    /** A managed type that rotates at most daily and at least monthly. */
    private static final ManagedSecretType DAILY_TO_MONTHLY = new ManagedSecretType() {
        @Override
        public String name() {
            return "Bounded";
        }

        @Override
        public Capabilities capabilities() {
            return new Capabilities(true, false, java.time.Duration.ofHours(24), java.time.Duration.ofDays(30));
        }

        @Override
        public Need need() {
            return new Need(java.util.Set.of("postgresql"), true, false);
        }

        @Override
        public String targetId(ExtendedConfig config) {
            return "pg-1";
        }

        @Override
        public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
            return Optional.empty();
        }

        @Override
        public StageLabel rotatedStage(ExtendedConfig config) {
            return StageLabel.CURRENT;
        }

        @Override
        public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
            return given;
        }

        @Override
        public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType,
                                               Optional<ExtendedConfig> config, Documents documents,
                                               NewCredentials fresh) {
            return List.of(data);
        }
    };

    @Test
    void aTypesIntervalBoundsHoldAtCreationAndOnEveryPolicyChange() {
        RotationPolicy sixHours = RotationPolicy.enabled(RotationInterval.parse("6h"), NOW);
        assertThatThrownBy(() -> Secret.create(metadata(DAILY_TO_MONTHLY, List.of(), sixHours), List.of(version("a"))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("24h");
        RotationPolicy daily = RotationPolicy.enabled(RotationInterval.parse("1d"), NOW);
        Secret secret = Secret.create(metadata(DAILY_TO_MONTHLY, List.of(), daily), List.of(version("a")));
        assertThatThrownBy(() -> secret.changeRotationPolicy(Optional.of(
                RotationInterval.parse("31d")), NOW)).isInstanceOf(InvalidValue.class);
        secret.changeRotationPolicy(Optional.of(RotationInterval.parse("30d")), NOW);
        assertThat(secret.rotation().interval()).contains(RotationInterval.parse("30d"));
        assertThatThrownBy(() -> secret.putVersion(version("b"), java.util.Set.of(StageLabel.CURRENT), NOW))
                .as("the service makes its versions").isInstanceOf(kmsecrets.domain.error.UnsupportedOperation.class)
                .hasMessageContaining("Bounded");
    }

    @Test
    void selectionFollowsTheDocumentedTable() {
        Secret secret = generic();
        assertThat(secret.select(Optional.empty(), Optional.empty()).id()).isEqualTo(new VersionId("v1"));
        assertThat(secret.select(Optional.of(new VersionId("v1")), Optional.empty()).id()).isEqualTo(new VersionId("v1"));
        assertThat(secret.select(Optional.of(new VersionId("v1")), Optional.of(StageLabel.CURRENT)).id())
                .isEqualTo(new VersionId("v1"));
        assertThatThrownBy(() -> secret.select(Optional.empty(), Optional.of(StageLabel.PREVIOUS)))
                .isInstanceOf(SecretNotFound.class);
        assertThatThrownBy(() -> secret.select(Optional.of(new VersionId("v2")), Optional.empty()))
                .isInstanceOf(SecretNotFound.class);
        assertThatThrownBy(() -> secret.select(Optional.of(new VersionId("v2")), Optional.of(StageLabel.CURRENT)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void managedSecretsExposeOnlyCurrentAndPreviousAndIgnoreVersionIds() {
        Secret dual = Secret.create(metadata(new RdsSecretType(), List.of(), RotationPolicy.DISABLED),
                List.of(version("a"), version("b")));
        assertThat(dual.select(Optional.of(new VersionId("b")), Optional.empty()).id()).isEqualTo(new VersionId("a"));
        assertThat(dual.select(Optional.empty(), Optional.of(StageLabel.PREVIOUS)).id()).isEqualTo(new VersionId("b"));
        assertThatThrownBy(() -> dual.select(Optional.empty(), Optional.of(new StageLabel("Custom"))))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void theDeletionWindowRefusesReadsUntilCancelled() {
        Secret secret = generic();
        Instant planned = secret.scheduleDeletion(NOW, new RecoveryWindow(7));
        assertThat(planned).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> secret.select(Optional.empty(), Optional.empty()))
                .isInstanceOf(SecretInDeletionWindow.class);
        assertThatThrownBy(() -> secret.scheduleDeletion(NOW, RecoveryWindow.DEFAULT))
                .isInstanceOf(SecretInDeletionWindow.class);
        secret.cancelDeletion(NOW);
        assertThat(secret.select(Optional.empty(), Optional.empty()).id()).isEqualTo(new VersionId("v1"));
        assertThatThrownBy(() -> secret.cancelDeletion(NOW)).isInstanceOf(SecretNotInDeletionWindow.class);
    }

    @Test
    void tagsAreLimitedToTwentyDistinctKeys() {
        List<Tag> twentyOne = java.util.stream.IntStream.range(0, 21).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertThatThrownBy(() -> metadata(new GenericSecretType(), twentyOne, RotationPolicy.DISABLED))
                .isInstanceOf(QuotaExceeded.class);
        assertThatThrownBy(() -> metadata(new GenericSecretType(), List.of(new Tag("k", "1"), new Tag("k", "2")),
                RotationPolicy.DISABLED)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyManagedTypesRotateAutomatically() {
        RotationPolicy weekly = RotationPolicy.enabled(RotationInterval.parse("7d"), NOW);
        assertThatThrownBy(() -> metadata(new GenericSecretType(), List.of(), weekly)).isInstanceOf(InvalidValue.class);
        assertThat(metadata(new RdsSecretType(), List.of(), weekly).rotation().nextRotation())
                .contains(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void labelsMustPointAtStoredVersions() {
        assertThatThrownBy(() -> Secret.restore(metadata(new GenericSecretType(), List.of(), RotationPolicy.DISABLED),
                0, NOW, Optional.empty(), List.of(version("v1")), Map.of(StageLabel.CURRENT, new VersionId("v9"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
