package kmsecrets.application.service;

import static kmsecrets.application.service.CreateSecretServiceTest.command;
import static kmsecrets.application.service.Fixture.ACCOUNT;
import static kmsecrets.application.service.Fixture.NOW;
import static kmsecrets.application.service.Fixture.ROOT;
import static kmsecrets.application.service.Fixture.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import kmsecrets.application.port.in.DeleteSecretCommand;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.GetSecretValueResult;
import kmsecrets.application.port.in.RestoreSecretCommand;
import kmsecrets.domain.error.NotAuthorized;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.SecretNotFound;
import kmsecrets.domain.error.SecretNotInDeletionWindow;
import kmsecrets.domain.secret.RecoveryWindow;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadDeleteRestoreServiceTest {
    private final Fixture f = new Fixture();

    @BeforeEach
    void createOne() {
        f.create.createSecret(command(ROOT, "app/token", "t0ken"));
    }

    private GetSecretValueResult read(String nameOrArn) {
        return f.get.getSecretValue(new GetSecretValueQuery(ROOT, nameOrArn, Optional.empty(), Optional.empty()));
    }

    @Test
    void readsTheCurrentVersionByNameOrArn() {
        GetSecretValueResult byName = read("app/token");
        assertThat(byName.value().asText()).isEqualTo("t0ken");
        assertThat(byName.stages()).containsExactly(StageLabel.CURRENT);
        assertThat(byName.createTime()).isEqualTo(NOW);
        assertThat(read("acs:kms:cn-hangzhou:1234567890123456:secret/app/token").value().asText()).isEqualTo("t0ken");
        assertThatThrownBy(() -> read("acs:kms:cn-shanghai:1234567890123456:secret/app/token"))
                .isInstanceOf(SecretNotFound.class);
    }

    @Test
    void readingNeedsPermission() {
        assertThatThrownBy(() -> f.get.getSecretValue(new GetSecretValueQuery(USER, "app/token", Optional.empty(),
                Optional.empty()))).isInstanceOf(NotAuthorized.class);
    }

    @Test
    void scheduledDeletionBlocksReadsUntilRestored() {
        var deleted = f.delete.deleteSecret(new DeleteSecretCommand(ROOT, "app/token", false,
                Optional.of(new RecoveryWindow(7))));
        assertThat(deleted.plannedDeleteTime()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> read("app/token")).isInstanceOf(SecretInDeletionWindow.class);
        assertThatThrownBy(() -> f.delete.deleteSecret(new DeleteSecretCommand(ROOT, "app/token", false,
                Optional.empty()))).isInstanceOf(SecretInDeletionWindow.class);

        assertThat(f.restore.restoreSecret(new RestoreSecretCommand(ROOT, "app/token"))).isEqualTo(new SecretName("app/token"));
        assertThat(read("app/token").value().asText()).isEqualTo("t0ken");
        assertThatThrownBy(() -> f.restore.restoreSecret(new RestoreSecretCommand(ROOT, "app/token")))
                .isInstanceOf(SecretNotInDeletionWindow.class);
    }

    @Test
    void forcedDeletionRemovesTheSecretNow() {
        var deleted = f.delete.deleteSecret(new DeleteSecretCommand(ROOT, "app/token", true, Optional.empty()));
        assertThat(deleted.plannedDeleteTime()).isEqualTo(NOW);
        assertThat(f.secrets.find(ACCOUNT, new SecretName("app/token"))).isEmpty();
        assertThatThrownBy(() -> f.restore.restoreSecret(new RestoreSecretCommand(ROOT, "app/token")))
                .isInstanceOf(SecretNotFound.class);
    }

    @Test
    void defaultRecoveryWindowIsThirtyDays() {
        var deleted = f.delete.deleteSecret(new DeleteSecretCommand(ROOT, "app/token", false, Optional.empty()));
        assertThat(deleted.plannedDeleteTime()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }
}
