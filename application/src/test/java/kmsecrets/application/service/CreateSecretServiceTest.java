package kmsecrets.application.service;

import static kmsecrets.application.service.Fixture.ACCOUNT;
import static kmsecrets.application.service.Fixture.NOW;
import static kmsecrets.application.service.Fixture.ROOT;
import static kmsecrets.application.service.Fixture.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.CreateSecretResult;
import kmsecrets.domain.error.EncryptionKeyNotFound;
import kmsecrets.domain.error.NotAuthorized;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.RecoveryWindow;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.access.Caller;
import org.junit.jupiter.api.Test;

class CreateSecretServiceTest {
    private final Fixture f = new Fixture();

    static CreateSecretCommand command(Caller caller, String name, String value) {
        return new CreateSecretCommand(caller, name, new VersionId("v1"), SecretValue.ofText(value),
                SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of("Generic"), Optional.empty(), false,
                Optional.empty());
    }

    @Test
    void storesTheFirstVersionSealedAndLabelledCurrent() {
        CreateSecretResult result = f.create.createSecret(command(ROOT, "db/password", "hunter2"));
        assertThat(result.arn()).isEqualTo("acs:kms:cn-hangzhou:1234567890123456:secret/db/password");
        assertThat(result.versionId()).isEqualTo(new VersionId("v1"));
        Secret stored = f.secrets.find(ACCOUNT, new SecretName("db/password")).orElseThrow();
        assertThat(stored.stages()).containsEntry(StageLabel.CURRENT, new VersionId("v1"));
        byte[] sealed = stored.versions().get(0).value().ciphertext();
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("hunter2");
        assertThat(stored.versions().get(0).createdAt()).isEqualTo(NOW);
        assertThat(f.transactions.count()).isEqualTo(1);
    }

    @Test
    void createsTheAccountDefaultKeyOnceOnFirstUse() {
        f.create.createSecret(command(ROOT, "a", "1"));
        f.create.createSecret(command(ROOT, "b", "2"));
        assertThat(f.keys.size()).isEqualTo(1);
        String keyA = f.secrets.find(ACCOUNT, new SecretName("a")).orElseThrow().encryptionKeyId();
        String keyB = f.secrets.find(ACCOUNT, new SecretName("b")).orElseThrow().encryptionKeyId();
        assertThat(keyA).isEqualTo(keyB).startsWith("key-");
    }

    @Test
    void refusesATakenNameAndANamePendingDeletion() {
        f.create.createSecret(command(ROOT, "taken", "1"));
        assertThatThrownBy(() -> f.create.createSecret(command(ROOT, "taken", "2")))
                .isInstanceOf(SecretAlreadyExists.class);
        Secret secret = f.secrets.find(ACCOUNT, new SecretName("taken")).orElseThrow();
        secret.scheduleDeletion(NOW, RecoveryWindow.DEFAULT);
        f.secrets.update(secret);
        assertThatThrownBy(() -> f.create.createSecret(command(ROOT, "taken", "2")))
                .isInstanceOf(SecretInDeletionWindow.class);
    }

    @Test
    void refusesWhenTheQuotaIsFull() {
        Fixture small = new Fixture(1);
        small.create.createSecret(command(ROOT, "one", "1"));
        assertThatThrownBy(() -> small.create.createSecret(command(ROOT, "two", "2")))
                .isInstanceOf(QuotaExceeded.class);
        assertThat(small.secrets.count(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownEncryptionKey() {
        CreateSecretCommand c = new CreateSecretCommand(ROOT, "k", new VersionId("v1"),
                SecretValue.ofText("x"), SecretDataType.TEXT, Optional.of("key-missing"), "", List.of(), Optional.of("Generic"),
                Optional.empty(), false, Optional.empty());
        assertThatThrownBy(() -> f.create.createSecret(c)).isInstanceOf(EncryptionKeyNotFound.class);
    }

    @Test
    void nonRootCallersWithoutPolicyAreRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> f.create.createSecret(command(USER, "nope", "1"))).isInstanceOf(NotAuthorized.class);
        assertThat(f.secrets.count(ACCOUNT)).isZero();
        assertThat(f.keys.size()).isZero();
    }

    @Test
    void unknownTypesAreInvalid() {
        CreateSecretCommand c = new CreateSecretCommand(ROOT, "t", new VersionId("v1"),
                SecretValue.ofText("x"), SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of("RDS"),
                Optional.empty(), false, Optional.empty());
        assertThatThrownBy(() -> f.create.createSecret(c)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("SecretType");
    }
}
