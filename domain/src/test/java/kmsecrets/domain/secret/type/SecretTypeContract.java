package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretTypes;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ManagedSecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.NewCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.Test;

/**
 * The type contract kit: what every secret type promises the core (the extension point the README's "Adding a
 * secret type" walks through). A type's test extends this and names a valid request; managed types extend
 * {@link ManagedContract}. A type is done for the domain when its test passes; its target adapter then passes
 * {@code CredentialRotatorContract}, and {@code SecretTypeCatalogTest} checks that the catalog serves its needs.
 */
public abstract class SecretTypeContract {
    protected final Documents documents = new TinyJson();
    /** Credentials handed to types that generate them ({@code $Auto}); the test sees which ones were drawn. */
    protected final List<Credential> drawn = new ArrayList<>();
    protected final NewCredentials fresh = account -> {
        Credential credential = freshCredential(account, drawn.size());
        drawn.add(credential);
        return credential;
    };

    protected abstract SecretType type();

    /** An ExtendedConfig this type accepts at creation. */
    protected abstract Optional<ExtendedConfig> validConfig();

    /** SecretData this type accepts with {@link #validConfig()}. */
    protected abstract SecretValue validData();

    /** A SecretName this type accepts with {@link #validConfig()}. */
    protected String validRequestedName() {
        return "app/db";
    }

    /** True for types that choose their secrets' names under {@code acs/} (RAM credentials, ECS). */
    protected boolean serviceNamed() {
        return false;
    }

    /** What the target's adapter would generate for {@code account}: passwords, unless the type holds others. */
    protected Credential freshCredential(String account, int serial) {
        return new AccountPassword(account, "Generated-" + serial + "-x7Q");
    }

    protected ExtendedConfig config(String json) {
        return new ExtendedConfig(json, (java.util.Map<String, Object>) documents.parse(json).orElseThrow());
    }

    protected List<SecretValue> initialValues() {
        return type().initialValues(validData(), SecretDataType.TEXT, type().readConfig(validConfig()), documents,
                fresh);
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
    void namesTheSecretAndKeepsTheAcsPrefixForServiceNamedTypes() {
        Optional<ExtendedConfig> config = type().readConfig(validConfig());
        SecretName name = type().nameFor(validRequestedName(), config);
        if (serviceNamed()) {
            assertThat(name.value()).startsWith("acs/");
            assertThatThrownBy(() -> type().nameFor("app/db", config)).isInstanceOf(InvalidValue.class);
        } else {
            assertThat(name.value()).isEqualTo(validRequestedName());
            assertThatThrownBy(() -> type().nameFor("acs/ram/user/alice", config))
                    .isInstanceOf(InvalidValue.class);
        }
        assertThatThrownBy(() -> type().nameFor("bad name!", config)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void registersUnderItsName() {
        SecretType type = type();
        SecretTypes types = new SecretTypes(List.of(type));
        assertThat(types.named(type.name())).isSameAs(type);
        String otherCase = type.name().equals(type.name().toUpperCase()) ? type.name().toLowerCase()
                : type.name().toUpperCase();
        assertThatThrownBy(() -> types.named(otherCase)).isInstanceOf(InvalidValue.class);
    }

    /** The extra promises of managed types. */
    public abstract static class ManagedContract extends SecretTypeContract {
        protected ManagedSecretType managed() {
            return (ManagedSecretType) type();
        }

        @Test
        void isRotatedByTheServiceAndNamesWhatItNeeds() {
            assertThat(type().managed()).isTrue();
            assertThat(type().capabilities().callerWritesVersions()).isFalse();
            assertThat(managed().need().engines()).isNotEmpty().allMatch(e -> e.matches("[a-z]+"));
            managed().engine(validConfig().orElseThrow()).ifPresent(engine ->
                    assertThat(managed().need().engines()).contains(engine));
        }

        @Test
        void needsAnExtendedConfig() {
            assertThatThrownBy(() -> type().readConfig(Optional.empty())).isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> type().readConfig(Optional.of(config("{\"SecretSubType\":\"Nope\"}"))))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void namesItsTarget() {
            assertThat(managed().targetId(validConfig().orElseThrow())).isNotBlank();
        }

        @Test
        void storedVersionsReadBackAsTheSameCredential() {
            for (SecretValue value : initialValues()) {
                Credential credential = managed().credential(value, documents);
                assertThat(managed().value(credential, documents).asText()).isEqualTo(value.asText());
                assertThat(credential.toString()).doesNotContain(secretMaterial(value));
                if (credential instanceof AccountPassword account && storesAccountObjects()) {
                    assertThat(documents.parse(value.asText()).orElseThrow()).isEqualTo(java.util.Map.of(
                            "AccountName", account.account(), "AccountPassword", account.password()));
                }
            }
        }

        /** True when passwords are stored as the database types' {"AccountName","AccountPassword"} object. */
        protected boolean storesAccountObjects() {
            return true;
        }

        /** A piece of secret material the stored value holds, which no toString may show. */
        protected String secretMaterial(SecretValue value) {
            return ((AccountPassword) managed().credential(value, documents)).password();
        }

        @Test
        void twoVersionsHoldDifferentCredentialsAndRotationReplacesThePreviousOne() {
            List<SecretValue> values = initialValues();
            StageLabel rotated = managed().rotatedStage(validConfig().orElseThrow());
            assertThat(rotated).isIn(StageLabel.CURRENT, StageLabel.PREVIOUS);
            if (values.size() == 2) {
                assertThat(managed().credential(values.get(0), documents))
                        .isNotEqualTo(managed().credential(values.get(1), documents));
                assertThat(rotated).isEqualTo(StageLabel.PREVIOUS);
            }
        }

        @Test
        void valuesAreText() {
            assertThatThrownBy(() -> type().initialValues(validData(), SecretDataType.BINARY,
                    type().readConfig(validConfig()), documents, fresh)).isInstanceOf(InvalidValue.class);
        }

        @Test
        void createdAccountsTakeTheirCredentialsFromTheTarget() {
            if (managed().createdAccounts(validConfig().orElseThrow()).isPresent()) {
                assertThat(managed().need().createsAccounts()).isTrue();
                List<SecretValue> values = initialValues();
                assertThat(drawn).isNotEmpty();
                for (SecretValue value : values) {
                    Credential credential = managed().credential(value, documents);
                    assertThat(drawn).anySatisfy(d -> assertThat(secretOf(d)).isEqualTo(secretOf(credential)));
                }
            }
        }

        private static Object secretOf(Credential credential) {
            return credential instanceof AccountPassword account ? account.password() : credential;
        }
    }
}
