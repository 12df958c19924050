package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretTypes;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ManagedSecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import kmsecrets.domain.secret.Credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.Test;

/**
 * What every secret type promises the core (the extension point described in the README, "Adding a secret
 * type"). A type's test extends this and names a valid
 * request; managed types also pass {@link ManagedContract}.
 */
public abstract class SecretTypeContract {
    protected final Documents documents = new TinyJson();
    /** Passwords handed to types that generate credentials; the test sees which ones were drawn. */
    protected final List<String> drawn = new ArrayList<>();
    protected final Supplier<String> passwords = () -> {
        String password = "Generated-" + drawn.size() + "-x7Q";
        drawn.add(password);
        return password;
    };

    protected abstract SecretType type();

    /** An ExtendedConfig this type accepts at creation. */
    protected abstract Optional<ExtendedConfig> validConfig();

    /** SecretData this type accepts with {@link #validConfig()}. */
    protected abstract SecretValue validData();

    protected ExtendedConfig config(String json) {
        return new ExtendedConfig(json, (java.util.Map<String, Object>) documents.parse(json).orElseThrow());
    }

    protected List<SecretValue> initialValues() {
        return type().initialValues(validData(), SecretDataType.TEXT, type().readConfig(validConfig()), documents,
                passwords);
    }

    @Test
    void hasAWireName() {
        assertThat(type().name()).matches("[A-Za-z]+");
    }

    @Test
    void aValidRequestStartsWithOneOrTwoVersions() {
        assertThat(initialValues()).hasSizeBetween(1, 2);
    }

    @Test
    void theAcsPrefixBelongsToServiceNamedTypes() {
        assertThatThrownBy(() -> type().checkName(new SecretName("acs/ram/user/alice")))
                .isInstanceOf(InvalidValue.class);
        type().checkName(new SecretName("app/db"));
    }

    @Test
    void registersUnderItsName() {
        SecretType type = type();
        SecretTypes types = new SecretTypes(List.of(type));
        assertThat(types.named(type.name())).isSameAs(type);
        assertThatThrownBy(() -> types.named(type.name().toUpperCase())).isInstanceOf(InvalidValue.class);
    }

    /** The extra promises of managed types. */
    public abstract static class ManagedContract extends SecretTypeContract {
        protected ManagedSecretType managed() {
            return (ManagedSecretType) type();
        }

        @Test
        void isManagedAndNamesItsEngines() {
            assertThat(type().managed()).isTrue();
            assertThat(managed().engines()).isNotEmpty().allMatch(e -> e.matches("[a-z]+"));
        }

        @Test
        void needsAnExtendedConfig() {
            assertThatThrownBy(() -> type().readConfig(Optional.empty())).isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> type().readConfig(Optional.of(config("{\"SecretSubType\":\"Nope\"}"))))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void namesTheInstanceItsAccountsLiveOn() {
            assertThat(managed().instanceId(validConfig().orElseThrow())).isNotBlank();
        }

        @Test
        void storesEachAccountAsTheFlatObjectGetSecretValueReturns() {
            for (SecretValue value : initialValues()) {
                Credential account = managed().credential(value, documents);
                assertThat(documents.parse(value.asText()).orElseThrow())
                        .isEqualTo(java.util.Map.of("AccountName", account.account(),
                                "AccountPassword", account.password()));
                assertThat(managed().value(account, documents).asText()).isEqualTo(value.asText());
            }
        }

        @Test
        void twoAccountsAreDistinctAndRotationResetsThePreviousOne() {
            List<SecretValue> values = initialValues();
            StageLabel rotated = managed().rotatedStage(validConfig().orElseThrow());
            if (values.size() == 2) {
                assertThat(Set.of(managed().credential(values.get(0), documents).account(),
                        managed().credential(values.get(1), documents).account())).hasSize(2);
                assertThat(rotated).isEqualTo(StageLabel.PREVIOUS);
            } else {
                assertThat(rotated).isEqualTo(StageLabel.CURRENT);
            }
        }

        @Test
        void valuesAreText() {
            assertThatThrownBy(() -> type().initialValues(validData(), SecretDataType.BINARY,
                    type().readConfig(validConfig()), documents, passwords)).isInstanceOf(InvalidValue.class);
        }

        @Test
        void generatedPasswordsComeFromTheTargetPolicy() {
            if (managed().createdAccountsPrivilege(validConfig().orElseThrow()).isPresent()) {
                List<SecretValue> values = initialValues();
                assertThat(drawn).isNotEmpty();
                assertThat(values).allMatch(v -> drawn.contains(managed().credential(v, documents).password()));
            }
        }
    }
}
