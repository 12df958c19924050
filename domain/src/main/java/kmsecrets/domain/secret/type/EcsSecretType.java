package kmsecrets.domain.secret.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SshKeyPair;
import kmsecrets.domain.secret.StageLabel;

/**
 * The login of a user on a registered Linux host (Alibaba's ECS instance), changed over SSH. Names start with
 * {@code acs/ecs/}. {@code Password}: SecretData {@code {"UserName","Password"}}; a rotation sets a new password
 * (one credential: the old password stops working). {@code SSHKey}: SecretData {@code {"UserName","PublicKey",
 * "PrivateKey"}}; a rotation installs a new key pair in the user's authorized_keys and removes the pair that held
 * ACSPrevious, so the previous pair keeps working until the next rotation.
 */
public final class EcsSecretType implements ManagedSecretType {
    public static final String NAME = "ECS";
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    private enum SubType { Password, SSHKey }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Need need() {
        return new Need(Set.of("ssh"), true, false, Set.of(AccountPassword.class, SshKeyPair.class));
    }

    @Override
    public SecretName nameFor(String requested, Optional<ExtendedConfig> config) {
        SecretName name = new SecretName(requested);
        if (!name.startsWith("acs/ecs/") || name.value().length() == "acs/ecs/".length()) {
            throw new InvalidValue("SecretName", "ECS secrets are named acs/ecs/<name>");
        }
        return name;
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        ExtendedConfig config = given.orElseThrow(() -> new InvalidValue("ExtendedConfig", "required for ECS secrets"));
        subType(config);
        config.text("RegionId");
        targetId(config);
        return given;
    }

    private static SubType subType(ExtendedConfig config) {
        try {
            return SubType.valueOf(config.text("SecretSubType"));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("ExtendedConfig", "SecretSubType must be Password or SSHKey");
        }
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        ManagedSecretType.requireText(dataType, NAME);
        SubType subType = subType(config.orElseThrow());
        Object document = documents.parse(data.asText()).orElse(null);
        Map<?, ?> object = document instanceof Map<?, ?> map ? map : Map.of();
        Credential credential;
        try {
            credential = read(object, subType);
        } catch (IllegalStateException e) {
            throw new InvalidValue("SecretData", subType == SubType.Password
                    ? "ECS Password secrets take {\"UserName\":...,\"Password\":...}"
                    : "ECS SSHKey secrets take {\"UserName\":...,\"PublicKey\":...,\"PrivateKey\":...}");
        }
        if (!USER.matcher(credential.account()).matches()) {
            throw new InvalidValue("SecretData", "UserName is not a well-formed Linux user name");
        }
        return List.of(value(credential, documents));
    }

    @Override
    public String targetId(ExtendedConfig config) {
        String instance = config.text("InstanceId");
        if (!INSTANCE_ID.matcher(instance).matches()) {
            throw new InvalidValue("ExtendedConfig", "InstanceId is not a well-formed instance id");
        }
        return instance;
    }

    /** The user's login exists before the secret: imported, never created. */
    @Override
    public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
        return Optional.empty();
    }

    /** Password: the one password is reset. SSHKey: the pair that held ACSPrevious is replaced. */
    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return subType(config) == SubType.Password ? StageLabel.CURRENT : StageLabel.PREVIOUS;
    }

    @Override
    public Class<? extends Credential> credentialKind(ExtendedConfig config) {
        return subType(config) == SubType.Password ? AccountPassword.class : SshKeyPair.class;
    }

    @Override
    public Credential credential(SecretValue value, Documents documents) {
        Object document = documents.parse(value.asText()).orElse(null);
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalStateException("a stored version of an ECS secret is not an object");
        }
        return read(map, map.containsKey("PublicKey") ? SubType.SSHKey : SubType.Password);
    }

    private static Credential read(Map<?, ?> map, SubType subType) {
        if (!(map.get("UserName") instanceof String user) || user.isBlank()) {
            throw new IllegalStateException("no UserName");
        }
        if (subType == SubType.Password) {
            if (map.size() != 2 || !(map.get("Password") instanceof String password) || password.isEmpty()) {
                throw new IllegalStateException("not a password login");
            }
            return new AccountPassword(user, password);
        }
        if (map.size() != 3 || !(map.get("PublicKey") instanceof String publicKey) || publicKey.isBlank()
                || !(map.get("PrivateKey") instanceof String privateKey) || privateKey.isBlank()) {
            throw new IllegalStateException("not a key pair login");
        }
        return new SshKeyPair(user, publicKey.trim(), privateKey);
    }

    /** The documented shapes: {"UserName","Password"} or {"UserName","PublicKey","PrivateKey"}. */
    @Override
    public SecretValue value(Credential credential, Documents documents) {
        Map<String, String> object = new LinkedHashMap<>();
        object.put("UserName", credential.account());
        if (credential instanceof AccountPassword password) {
            object.put("Password", password.password());
        } else if (credential instanceof SshKeyPair pair) {
            object.put("PublicKey", pair.publicKey());
            object.put("PrivateKey", pair.privateKey());
        } else {
            throw new IllegalArgumentException("ECS secrets hold passwords or key pairs");
        }
        return SecretValue.ofText(documents.write(object));
    }
}
