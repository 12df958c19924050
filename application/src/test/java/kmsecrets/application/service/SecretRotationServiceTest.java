package kmsecrets.application.service;

import kmsecrets.application.port.in.BatchCommand;
import static kmsecrets.application.service.Fixture.ACCOUNT;
import static kmsecrets.application.service.Fixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.DeleteSecretCommand;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.RotateSecretCommand;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyCommand;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.error.DatabaseInstanceNotFound;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.RotationFailed;
import kmsecrets.domain.error.RotationInProgress;
import kmsecrets.domain.error.RotationThrottled;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.UnsupportedOperation;
import kmsecrets.domain.rotation.AutomaticRotation;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.ExtendedConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rotation algorithm against the in-memory fakes: which account changes, what labels do, every failure path. */
class SecretRotationServiceTest {
    private static final SecretName NAME = new SecretName("db/app");
    private final Fixture f = new Fixture();

    @BeforeEach
    void instances() {
        f.register("pg-1", "postgresql");
        f.register("redis-1", "redis");
        f.postgres.put("app", "pw-app");
        f.postgres.put("app_clone", "pw-clone");
    }

    private ExtendedConfig config(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) f.documents.parse(json).orElseThrow();
        return new ExtendedConfig(json, members);
    }

    private void create(String type, String data, String config, boolean automatic) {
        f.create.createSecret(new CreateSecretCommand(ROOT, NAME.value(), new VersionId("v1"), SecretValue.ofText(data),
                SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of(type), Optional.of(config(config)), automatic,
                automatic ? Optional.of(RotationInterval.parse("6h")) : Optional.empty()));
    }

    private void createRds(String subType, boolean automatic) {
        String accounts = subType.equals("SingleUser")
                ? "{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"pw-app\"}]}"
                : "{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"pw-app\"},"
                        + "{\"AccountName\":\"app_clone\",\"AccountPassword\":\"pw-clone\"}]}";
        create("Rds", accounts, "{\"SecretSubType\":\"" + subType + "\",\"DBInstanceId\":\"pg-1\"}", automatic);
    }

    private AccountPassword read(String stage) {
        SecretValue value = f.get.getSecretValue(new GetSecretValueQuery(ROOT, NAME.value(), Optional.empty(),
                Optional.of(new StageLabel(stage)))).value();
        return (AccountPassword) ((kmsecrets.domain.secret.ManagedSecretType) f.types.named("Rds")).credential(value,
                f.documents);
    }

    private Secret stored() {
        return f.secrets.find(ACCOUNT, NAME).orElseThrow();
    }

    private void rotate(String versionId) {
        f.rotateSecret.rotateSecret(new RotateSecretCommand(ROOT, NAME.value(), new VersionId(versionId)));
    }

    private boolean logsIn(AccountPassword c) {
        return c.password().equals(f.postgres.password(c.account()));
    }

    @Test
    void singleUserResetsItsOneAccountAndTheOldPasswordStopsWorking() {
        createRds("SingleUser", false);
        AccountPassword before = read("ACSCurrent");
        rotate("r1");
        AccountPassword after = read("ACSCurrent");
        assertThat(after.account()).isEqualTo("app");
        assertThat(after.password()).isNotEqualTo(before.password()).hasSize(32);
        assertThat(logsIn(after)).isTrue();
        assertThat(logsIn(before)).isFalse();
        assertThat(read("ACSPrevious")).isEqualTo(before);
        assertThat(stored().rotation().lastRotation()).contains(Fixture.NOW);
        assertThat(f.audit.events).extracting(AuditEvent::action).containsExactly("RotateSecret:Success");
        assertThat(f.rotationLog).containsExactly("success r1");
    }

    @Test
    void doubleUsersResetsThePreviousAccountSwapsAndBothStagesKeepLoggingIn() {
        createRds("DoubleUsers", false);
        assertThat(read("ACSCurrent").account()).isEqualTo("app");
        for (int i = 1; i <= 4; i++) {
            AccountPassword current = read("ACSCurrent");
            rotate("r" + i);
            assertThat(read("ACSCurrent").account()).isNotEqualTo(current.account());
            assertThat(read("ACSPrevious")).isEqualTo(current);
            assertThat(logsIn(read("ACSCurrent"))).isTrue();
            assertThat(logsIn(read("ACSPrevious"))).isTrue();
        }
        assertThat(stored().stages()).hasSize(2);
    }

    @Test
    void theVersionIdIsAnIdempotencyToken() {
        createRds("SingleUser", false);
        rotate("r1");
        String password = f.postgres.password("app");
        rotate("r1");
        rotate("v1");
        assertThat(f.postgres.password("app")).isEqualTo(password);
        assertThat(stored().versions()).hasSize(2);
    }

    @Test
    void genericSecretsAndSecretsPendingDeletionDoNotRotate() {
        f.create.createSecret(new CreateSecretCommand(ROOT, "plain", new VersionId("v1"),
                SecretValue.ofText("x"), SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of("Generic"),
                Optional.empty(), false, Optional.empty()));
        assertThatThrownBy(() -> f.rotateSecret.rotateSecret(new RotateSecretCommand(ROOT, "plain", new VersionId("r"))))
                .isInstanceOf(UnsupportedOperation.class);
        assertThatThrownBy(() -> f.rotationPolicy.updateSecretRotationPolicy(new UpdateSecretRotationPolicyCommand(ROOT,
                "plain", Optional.of(RotationInterval.parse("7d"))))).isInstanceOf(UnsupportedOperation.class);
        createRds("SingleUser", false);
        f.delete.deleteSecret(new DeleteSecretCommand(ROOT, NAME.value(), false, Optional.empty()));
        assertThatThrownBy(() -> rotate("r1")).isInstanceOf(SecretInDeletionWindow.class);
        assertThat(f.postgres.password("app")).isEqualTo("pw-app");
    }

    @Test
    void aRefusedChangeMovesNoLabelAndLeavesNoIntent() {
        createRds("SingleUser", false);
        f.postgres.refuseChanges = true;
        assertThatThrownBy(() -> rotate("r1")).isInstanceOf(RotationFailed.class)
                .hasMessageNotContaining("pw-app");
        assertThat(stored().versions()).hasSize(1);
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.postgres.password("app")).isEqualTo("pw-app");
        assertThat(f.audit.events).extracting(AuditEvent::action).containsExactly("RotateSecret:Failure");
        f.postgres.refuseChanges = false;
        rotate("r2");
        assertThat(logsIn(read("ACSCurrent"))).isTrue();
    }

    @Test
    void aChangeThatHappenedButWhoseAnswerWasLostCompletes() {
        createRds("SingleUser", false);
        f.postgres.loseAnswers = true;
        rotate("r1");
        assertThat(logsIn(read("ACSCurrent"))).isTrue();
        assertThat(stored().version(new VersionId("r1"))).isPresent();
    }

    @Test
    void anUnreachableTargetKeepsTheIntentAndAnotherPassFinishesItOnceItsLeaseRunsOut() {
        createRds("SingleUser", false);
        f.postgres.reachable = false;
        assertThatThrownBy(() -> rotate("r1")).isInstanceOf(RotationFailed.class);
        assertThat(f.ledger.find(ACCOUNT, NAME)).isPresent();
        assertThatThrownBy(() -> rotate("r2")).as("one rotation at a time").isInstanceOf(RotationInProgress.class);
        rotate("r1");  // the same VersionId while it runs: accepted, nothing new starts
        f.postgres.reachable = true;
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).as("the lease has not run out").isZero();
        f.clock.advance(Fixture.ROTATION.lease());
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isEqualTo(1);
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(read("ACSCurrent")).isEqualTo(new AccountPassword("app", f.postgres.password("app")));
        assertThat(stored().version(new VersionId("r1"))).isPresent();
    }

    @Test
    void automaticRotationRunsWhenDueAndMovesBothDates() {
        createRds("DoubleUsers", true);
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isZero();
        f.clock.advance(Duration.ofHours(6));
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isEqualTo(1);
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).as("not twice").isZero();
        Secret secret = stored();
        assertThat(secret.versions()).hasSize(3);
        assertThat(secret.rotation().lastRotation()).contains(f.clock.instant());
        assertThat(secret.rotation().nextRotation()).contains(f.clock.instant().plus(Duration.ofHours(6)));
        assertThat(logsIn(read("ACSCurrent"))).isTrue();
        assertThat(logsIn(read("ACSPrevious"))).isTrue();
    }

    @Test
    void repeatedAutomaticFailuresMakeItInvalidUntilARotationSucceeds() {
        createRds("SingleUser", true);
        f.postgres.refuseChanges = true;
        f.clock.advance(Duration.ofHours(6));
        for (int failure = 1; failure <= 3; failure++) {
            assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isZero();
            assertThat(stored().rotation().failures()).isEqualTo(failure);
            f.clock.advance(Duration.ofMinutes(1L << (failure - 1)));
        }
        assertThat(stored().rotation().state()).isEqualTo(AutomaticRotation.INVALID);
        assertThat(f.postgres.password("app")).isEqualTo("pw-app");
        f.postgres.refuseChanges = false;
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isEqualTo(1);
        assertThat(stored().rotation().state()).isEqualTo(AutomaticRotation.ENABLED);
        assertThat(stored().rotation().failures()).isZero();
    }

    @Test
    void aRemovedInstanceIsNotFoundForCallsAndAFailureForTheScheduler() {
        createRds("SingleUser", true);
        f.instances.delete("pg-1");
        assertThatThrownBy(() -> rotate("r1")).isInstanceOf(DatabaseInstanceNotFound.class);
        f.clock.advance(Duration.ofHours(6));
        f.rotateDue.rotateDue(new BatchCommand(10));
        assertThat(stored().rotation().failures()).isEqualTo(1);
    }

    @Test
    void atMostFiftyRotateSecretCallsAnHourPerAccount() {
        createRds("DoubleUsers", false);
        for (int i = 0; i < 50; i++) {
            rotate("r" + i);
        }
        assertThatThrownBy(() -> rotate("r50")).isInstanceOf(RotationThrottled.class);
        rotate("r49");  // a retry of a finished rotation is no new call
        f.clock.advance(Duration.ofHours(1));
        rotate("r50");
    }

    @Test
    void thePolicyCanBeSwitchedOnAndOff() {
        createRds("SingleUser", false);
        f.clock.advance(Duration.ofHours(7));
        f.rotationPolicy.updateSecretRotationPolicy(new UpdateSecretRotationPolicyCommand(ROOT, NAME.value(),
                Optional.of(RotationInterval.parse("6h"))));
        assertThat(stored().rotation().nextRotation()).as("overdue: now").contains(f.clock.instant());
        f.rotationPolicy.updateSecretRotationPolicy(new UpdateSecretRotationPolicyCommand(ROOT, NAME.value(),
                Optional.empty()));
        assertThat(stored().rotation().state()).isEqualTo(AutomaticRotation.DISABLED);
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isZero();
    }

    @Test
    void importedAccountsMustExistAndInstancesMustBeRegistered() {
        assertThatThrownBy(() -> create("Rds", "{\"Accounts\":[{\"AccountName\":\"ghost\",\"AccountPassword\":\"p\"}]}",
                "{\"SecretSubType\":\"SingleUser\",\"DBInstanceId\":\"pg-1\"}", false))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> create("Rds", "{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"p\"}]}",
                "{\"SecretSubType\":\"SingleUser\",\"DBInstanceId\":\"pg-404\"}", false))
                .isInstanceOf(DatabaseInstanceNotFound.class);
        assertThatThrownBy(() -> create("Rds", "{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"p\"}]}",
                "{\"SecretSubType\":\"SingleUser\",\"DBInstanceId\":\"redis-1\"}", false))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("redis");
        assertThat(f.secrets.count(ACCOUNT)).isZero();
    }

    @Test
    void redisSecretsCreateBothAccountsAndRotateLikeDoubleUsers() {
        create("Redis", "$Auto", "{\"SecretSubType\":\"DoubleUsers\",\"AccountName\":\"cache\","
                + "\"CloneAccountName\":\"cache_clone\",\"AccountPrivilege\":\"~* +@all\",\"InstanceId\":\"redis-1\","
                + "\"RegionId\":\"cn-hangzhou\"}", false);
        assertThat(f.redis.password("cache")).hasSize(32).isEqualTo(f.redis.password("cache_clone"));
        String before = f.redis.password("cache");
        rotate("r1");
        assertThat(f.redis.password("cache_clone")).isNotEqualTo(before);
        assertThat(f.redis.password("cache")).isEqualTo(before);
    }

    @Test
    void startUpFailsWhenAManagedTypeHasNoRotatorForItsEngine() {
        assertThatThrownBy(() -> new ManagedTargets(f.instances, List.of(f.postgres), Fixture.PLAIN_WRAPPING,
                Fixture.COUNTING_RANDOM, f.types.all())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mysql");
    }
}
