package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;

/**
 * Test data: a valid {@link Secret} in one line, with only what a test cares about spelled out. Defaults: account
 * 1234567890123456, Generic, key "key-1", one version "v1" sealed as bytes {1, 2, 3}, created 2026-11-28T10:00Z.
 *
 * <pre>{@code
 * Secret s = SecretTestData.secret("db/app").tags(new Tag("env", "prod")).versions("v1", "v2").build();
 * Secret r = SecretTestData.rds("rds/app").rotatingEvery("7d").key(keyId).build();
 * }</pre>
 */
public final class SecretTestData {
    public static final AccountId ACCOUNT = new AccountId("1234567890123456");
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final String name;
    private AccountId account = ACCOUNT;
    private SecretType type = new GenericSecretType();
    private String description = "";
    private String keyId = "key-1";
    private List<Tag> tags = List.of();
    private Optional<ExtendedConfig> config = Optional.empty();
    private RotationPolicy rotation = RotationPolicy.DISABLED;
    private Instant createdAt = NOW;
    private List<String> versionIds = List.of("v1");
    private byte[] ciphertext = {1, 2, 3};

    private SecretTestData(String name) {
        this.name = name;
    }

    /** A Generic secret. */
    public static SecretTestData secret(String name) {
        return new SecretTestData(name);
    }

    /** An Rds secret (SingleUser, instance pg-1), not rotating until {@link #rotatingEvery} says so. */
    public static SecretTestData rds(String name) {
        SecretTestData data = new SecretTestData(name);
        data.type = new RdsSecretType();
        data.config = Optional.of(new ExtendedConfig("{\"SecretSubType\":\"SingleUser\",\"DBInstanceId\":\"pg-1\"}",
                Map.of("SecretSubType", "SingleUser", "DBInstanceId", "pg-1")));
        return data;
    }

    public SecretTestData account(AccountId value) {
        account = value;
        return this;
    }

    public SecretTestData description(String value) {
        description = value;
        return this;
    }

    public SecretTestData key(String value) {
        keyId = value;
        return this;
    }

    public SecretTestData tags(Tag... value) {
        tags = List.of(value);
        return this;
    }

    public SecretTestData config(ExtendedConfig value) {
        config = Optional.of(value);
        return this;
    }

    /** Automatic rotation on, counted from the creation time. */
    public SecretTestData rotatingEvery(String interval) {
        rotation = RotationPolicy.enabled(RotationInterval.parse(interval), createdAt);
        return this;
    }

    public SecretTestData createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    /** The versions it starts with; the first is ACSCurrent. Each is created a second after the one before. */
    public SecretTestData versions(String... ids) {
        versionIds = List.of(ids);
        return this;
    }

    /** The ciphertext bytes, written as ints for brevity (each must fit a byte). */
    public SecretTestData ciphertext(int... value) {
        ciphertext = new byte[value.length];
        for (int i = 0; i < value.length; i++) {
            ciphertext[i] = (byte) value[i];
        }
        return this;
    }

    public SecretMetadata metadata() {
        return new SecretMetadata(account, new SecretName(name), type, description, keyId, tags, config, rotation,
                createdAt);
    }

    /** The sealed value every version of this secret holds. */
    public SealedValue sealed() {
        return new SealedValue(keyId, KeyVersion.initialId(keyId), ciphertext);
    }

    public Secret build() {
        List<SecretVersion> versions = new ArrayList<>();
        for (int i = 0; i < versionIds.size(); i++) {
            versions.add(new SecretVersion(new VersionId(versionIds.get(i)), SecretDataType.TEXT, sealed(),
                    createdAt.plusSeconds(i)));
        }
        return Secret.create(metadata(), versions);
    }
}
