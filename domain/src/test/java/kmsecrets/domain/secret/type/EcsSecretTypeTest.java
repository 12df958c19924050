package kmsecrets.domain.secret.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SshKeyPair;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EcsSecretTypeTest {
    private static final String CONFIG = "{\"SecretSubType\":\"%s\",\"RegionId\":\"cn-hangzhou\","
            + "\"InstanceId\":\"i-web1\"}";

    abstract static class Ecs extends SecretTypeContract.ManagedContract {
        @Override
        protected SecretType type() {
            return new EcsSecretType();
        }

        @Override
        protected String validRequestedName() {
            return "acs/ecs/web1/deploy";
        }

        @Override
        protected boolean serviceNamed() {
            return true;
        }

        @Override
        protected boolean storesAccountObjects() {
            return false;
        }

        @Test
        void isNamedUnderAcsEcs() {
            assertThatThrownBy(() -> type().nameFor("acs/ecs/", validConfig())).isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> type().nameFor("acs/ram/user/x", validConfig()))
                    .isInstanceOf(InvalidValue.class).hasMessageContaining("acs/ecs/");
            assertThat(managed().targetId(validConfig().orElseThrow())).isEqualTo("i-web1");
        }
    }

    @Nested
    class Password extends Ecs {
        @Override
        protected Optional<ExtendedConfig> validConfig() {
            return Optional.of(config(CONFIG.formatted("Password")));
        }

        @Override
        protected SecretValue validData() {
            return SecretValue.ofText("{\"UserName\":\"deploy\",\"Password\":\"Start-1\"}");
        }

        @Test
        void oneLoginWhosePasswordIsReset() {
            assertThat(managed().credential(initialValues().get(0), documents))
                    .isEqualTo(new AccountPassword("deploy", "Start-1"));
            assertThat(managed().rotatedStage(validConfig().orElseThrow())).isEqualTo(StageLabel.CURRENT);
            assertThat(managed().credentialKind(validConfig().orElseThrow())).isEqualTo(AccountPassword.class);
        }

        @Test
        void refusesOtherShapesAndUserNames() {
            for (String data : new String[] {"{\"UserName\":\"deploy\"}", "{\"UserName\":\"Bad User\","
                    + "\"Password\":\"x\"}", "{\"UserName\":\"deploy\",\"PublicKey\":\"k\",\"PrivateKey\":\"p\"}",
                    "$Auto"}) {
                assertThatThrownBy(() -> type().initialValues(SecretValue.ofText(data), SecretDataType.TEXT,
                        validConfig(), documents, fresh)).as(data).isInstanceOf(InvalidValue.class);
            }
        }
    }

    @Nested
    class SshKey extends Ecs {
        @Override
        protected Optional<ExtendedConfig> validConfig() {
            return Optional.of(config(CONFIG.formatted("SSHKey")));
        }

        @Override
        protected SecretValue validData() {
            return SecretValue.ofText("{\"UserName\":\"deploy\",\"PublicKey\":\"ssh-ed25519 AAAAC3Nz deploy\","
                    + "\"PrivateKey\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Bl\\n-----END OPENSSH PRIVATE KEY-----\"}");
        }

        @Override
        protected Credential freshCredential(String account, int serial) {
            return new SshKeyPair(account, "ssh-ed25519 AAAA" + serial, "private-" + serial);
        }

        @Override
        protected String secretMaterial(SecretValue value) {
            return ((SshKeyPair) managed().credential(value, documents)).privateKey();
        }

        @Test
        void aKeyPairWhosePreviousPairIsReplaced() {
            Credential pair = managed().credential(initialValues().get(0), documents);
            assertThat(pair).isInstanceOf(SshKeyPair.class);
            assertThat(((SshKeyPair) pair).publicKey()).isEqualTo("ssh-ed25519 AAAAC3Nz deploy");
            assertThat(managed().rotatedStage(validConfig().orElseThrow())).isEqualTo(StageLabel.PREVIOUS);
            assertThat(managed().credentialKind(validConfig().orElseThrow())).isEqualTo(SshKeyPair.class);
            assertThatThrownBy(() -> type().readConfig(Optional.of(config(CONFIG.formatted("Windows")))))
                    .isInstanceOf(InvalidValue.class);
        }
    }
}
