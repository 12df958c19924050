package kmsecrets.application.service;

import static kmsecrets.application.service.Fixture.ACCOUNT;
import static kmsecrets.application.service.Fixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.in.BatchCommand;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.CreateSecretResult;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.error.ServiceUnavailable;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts a CreateSecret makes on the target are made after the secret is committed with a CREATE intent: a
 * refusal leaves nothing behind (no secret, no intent, no account), a lost answer or a crash leaves a record that
 * the same request or the recovery job finishes.
 */
class AccountCreationTest {
    private static final SecretName NAME = new SecretName("cache/app");
    private static final String CONFIG = "{\"SecretSubType\":\"DoubleUsers\",\"AccountName\":\"cache\","
            + "\"CloneAccountName\":\"cache_clone\",\"AccountPrivilege\":\"~* +@all\",\"InstanceId\":\"redis-1\","
            + "\"RegionId\":\"cn-hangzhou\"}";
    private final Fixture f = new Fixture();

    @BeforeEach
    void instance() {
        f.register("redis-1", "redis");
    }

    private CreateSecretResult create(String versionId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) f.documents.parse(CONFIG).orElseThrow();
        return f.create.createSecret(new CreateSecretCommand(ROOT, NAME.value(), new VersionId(versionId),
                SecretValue.ofText("$Auto"), SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of("Redis"),
                Optional.of(new ExtendedConfig(CONFIG, members)), false, Optional.empty()));
    }

    @Test
    void bothAccountsExistAndNoIntentIsLeft() {
        create("v1");
        assertThat(f.redis.password("cache")).isNotNull().isEqualTo(f.redis.password("cache_clone"));
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.secrets.find(ACCOUNT, NAME)).isPresent();
    }

    @Test
    void aRefusalUndoesTheAccountsItMadeAndTheSecret() {
        f.redis.put("cache_clone", "someone-elses");
        assertThatThrownBy(() -> create("v1")).isInstanceOf(InvalidValue.class).hasMessageContaining("exists");
        assertThat(f.redis.password("cache")).as("the first account, made by this request, is removed").isNull();
        assertThat(f.redis.password("cache_clone")).isEqualTo("someone-elses");
        assertThat(f.secrets.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        f.redis.remove("cache_clone");
        create("v2");
        assertThat(f.redis.password("cache")).isNotNull();
    }

    @Test
    void aLostAnswerKeepsTheIntentAndTheSameRequestFinishesIt() {
        f.redis.loseAnswers = true;
        assertThatThrownBy(() -> create("v1")).isInstanceOf(ServiceUnavailable.class);
        assertThat(f.ledger.find(ACCOUNT, NAME)).get().extracting(RotationLedger.Intent::purpose)
                .isEqualTo(RotationLedger.Purpose.CREATE);
        f.redis.loseAnswers = false;
        assertThatThrownBy(() -> create("v2")).as("another request for the name").isInstanceOf(SecretAlreadyExists.class);
        assertThat(create("v1").name()).isEqualTo(NAME);
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.redis.password("cache")).isEqualTo(f.redis.password("cache_clone")).isNotNull();
    }

    @Test
    void theRecoveryJobFinishesACreationWhoseNodeWentAway() {
        f.redis.reachable = false;
        assertThatThrownBy(() -> create("v1")).isInstanceOf(ServiceUnavailable.class);
        f.redis.reachable = true;
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).as("the lease has not run out").isZero();
        f.clock.advance(Fixture.ROTATION.lease());
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isEqualTo(1);
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.redis.password("cache")).isNotNull();
        assertThat(f.audit.events).extracting(e -> e.action() + " " + e.result())
                .as("the job records the creation the 503 call could not").containsExactly("CreateSecret Success");
    }

    @Test
    void theRecoveryJobUndoesACreationTheTargetNowRefuses() {
        f.redis.reachable = false;
        assertThatThrownBy(() -> create("v1")).isInstanceOf(ServiceUnavailable.class);
        f.redis.reachable = true;
        f.redis.refuseChanges = true;
        f.clock.advance(Fixture.ROTATION.lease());
        assertThat(f.rotateDue.rotateDue(new BatchCommand(10))).isZero();
        assertThat(f.secrets.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.ledger.find(ACCOUNT, NAME)).isEmpty();
        assertThat(f.audit.events).extracting(e -> e.action() + " " + e.result())
                .containsExactly("CreateSecret Failure");
    }
}
