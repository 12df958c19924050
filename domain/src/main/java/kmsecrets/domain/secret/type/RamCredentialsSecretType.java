package kmsecrets.domain.secret.type;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;

/**
 * The access key pairs of one of the service's own users (Alibaba's RAM user): {@code SecretName=$Auto} names the
 * secret {@code acs/ram/user/<UserName>}; SecretData lists the user's pairs ({@code {"AccessKeys":[{"AccessKeyId",
 * "AccessKeySecret"}, ...]}}, one or two: the first becomes ACSCurrent, a second ACSPrevious). Each version holds
 * one pair as {@code {"AccessKeyId","AccessKeySecret","GenerateTimestamp"}}. A rotation creates a new pair
 * (ACSCurrent), keeps the current one valid as ACSPrevious, and disables and deletes the pair that held
 * ACSPrevious.
 */
public final class RamCredentialsSecretType implements ManagedSecretType {
    public static final String NAME = "RAMCredentials";
    /** The engine of the service's own identities. */
    public static final String ENGINE = "kmsecrets";
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");
    private static final String PREFIX = "acs/ram/user/";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Need need() {
        return new Need(Set.of(ENGINE), false, false, Set.of(AccessKeyPair.class));
    }

    /** Only {@code $Auto}: the service names the secret after the user. */
    @Override
    public SecretName nameFor(String requested, Optional<ExtendedConfig> config) {
        if (!"$Auto".equals(requested)) {
            throw new InvalidValue("SecretName", "must be $Auto for RAMCredentials secrets: the service names them "
                    + PREFIX + "<UserName>");
        }
        return new SecretName(PREFIX + userName(config.orElseThrow()));
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        ExtendedConfig config = given.orElseThrow(
                () -> new InvalidValue("ExtendedConfig", "required for RAMCredentials secrets"));
        if (!"RamUserAccessKey".equals(config.text("SecretSubType"))) {
            throw new InvalidValue("ExtendedConfig", "SecretSubType must be RamUserAccessKey");
        }
        userName(config);
        return given;
    }

    private static String userName(ExtendedConfig config) {
        String user = config.text("UserName");
        if (!USER.matcher(user).matches()) {
            throw new InvalidValue("ExtendedConfig", "UserName is not a well-formed user name");
        }
        return user;
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        ManagedSecretType.requireText(dataType, NAME);
        String user = userName(config.orElseThrow());
        Object document = documents.parse(data.asText()).orElseThrow(RamCredentialsSecretType::notTheShape);
        if (!(document instanceof Map<?, ?> object) || object.size() != 1
                || !(object.get("AccessKeys") instanceof List<?> pairs) || pairs.isEmpty() || pairs.size() > 2) {
            throw notTheShape();
        }
        List<SecretValue> values = new ArrayList<>();
        for (Object entry : pairs) {
            if (!(entry instanceof Map<?, ?> pair) || !(pair.get("AccessKeyId") instanceof String id) || id.isBlank()
                    || !(pair.get("AccessKeySecret") instanceof String secret) || secret.isEmpty()) {
                throw notTheShape();
            }
            values.add(value(new AccessKeyPair(user, id, secret, Optional.empty()), documents));
        }
        if (values.size() == 2 && values.get(0).asText().equals(values.get(1).asText())) {
            throw new InvalidValue("SecretData", "the two access key pairs must differ");
        }
        return values;
    }

    private static InvalidValue notTheShape() {
        return new InvalidValue("SecretData", "RAMCredentials secrets take {\"AccessKeys\":[{\"AccessKeyId\":...,"
                + "\"AccessKeySecret\":...}]} with the user's one or two access key pairs");
    }

    @Override
    public String targetId(ExtendedConfig config) {
        return userName(config);
    }

    /** The user's pairs exist already: the service never creates them at CreateSecret. */
    @Override
    public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
        return Optional.empty();
    }

    @Override
    public Class<? extends Credential> credentialKind(ExtendedConfig config) {
        return AccessKeyPair.class;
    }

    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return StageLabel.PREVIOUS;
    }

    /** The stored pair; the user comes from the object's own field, written with it. */
    @Override
    public Credential credential(SecretValue value, Documents documents) {
        Object document = documents.parse(value.asText()).orElse(null);
        if (!(document instanceof Map<?, ?> map) || !(map.get("AccessKeyId") instanceof String id)
                || !(map.get("AccessKeySecret") instanceof String secret)
                || !(map.get("UserName") instanceof String user)) {
            throw new IllegalStateException("a stored version of a RAMCredentials secret is not an access key pair");
        }
        Optional<Instant> generated = Optional.empty();
        if (map.get("GenerateTimestamp") instanceof String timestamp) {
            try {
                generated = Optional.of(Instant.parse(timestamp));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("a stored GenerateTimestamp is not an instant");
            }
        }
        return new AccessKeyPair(user, id, secret, generated);
    }

    /**
     * {@code {"AccessKeyId","AccessKeySecret","GenerateTimestamp","UserName"}}: the documented fields, and the
     * user, which the caching client ignores and a reader of the value appreciates.
     */
    @Override
    public SecretValue value(Credential credential, Documents documents) {
        if (!(credential instanceof AccessKeyPair pair)) {
            throw new IllegalArgumentException("RAMCredentials secrets hold access key pairs");
        }
        Map<String, String> object = new LinkedHashMap<>();
        object.put("AccessKeyId", pair.accessKeyId());
        object.put("AccessKeySecret", pair.accessKeySecret());
        pair.generated().ifPresent(at -> object.put("GenerateTimestamp", at.truncatedTo(ChronoUnit.SECONDS).toString()));
        object.put("UserName", pair.account());
        return SecretValue.ofText(documents.write(object));
    }
}
