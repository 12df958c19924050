package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.ExtendedConfig;

import java.util.Map;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/**
 * The typed ExtendedConfig of a Redis secret: two new ACL users, {@code AccountName} and its {@code _clone}, with
 * the same privilege: one of the names Alibaba's console and documents use ({@link #ROLES}), or, as our extension,
 * ACL rules such as {@code ~app:* +@read} (rules that set or drop passwords are refused).
 */
public record RedisConfig(String accountName, String cloneAccountName, String privilege, String instanceId,
                          String regionId, Map<String, Object> customData) {
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,57}");
    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** The documented privilege names, as the ACL rules they stand for. */
    public static final Map<String, String> ROLES = Map.of(
            "RoleReadOnly", "~* &* +@read -@dangerous",
            "RoleReadWrite", "~* &* +@all -@dangerous -@admin");
    private static final Pattern PASSWORD_RULE = Pattern.compile("(?i)^([<>#!].*|nopass|resetpass|reset|off|on)$");

    static RedisConfig read(ExtendedConfig config) {
        if (!"DoubleUsers".equals(config.text("SecretSubType"))) {
            throw new InvalidValue("ExtendedConfig", "SecretSubType must be DoubleUsers for Redis secrets");
        }
        String account = config.text("AccountName");
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidValue("ExtendedConfig", "AccountName must start with a letter and hold at most 58 "
                    + "letters, digits, '_', '.' or '-'");
        }
        String clone = GeneratedDoubleUsers.cloneOf(config, account);
        String named = config.text("AccountPrivilege").trim();
        String privilege = ROLES.getOrDefault(named, named);
        for (String rule : privilege.split("\\s+")) {
            if (PASSWORD_RULE.matcher(rule).matches()) {
                throw new InvalidValue("ExtendedConfig", "AccountPrivilege takes key, channel and command rules only");
            }
        }
        String instance = config.text("InstanceId");
        if (!INSTANCE_ID.matcher(instance).matches()) {
            throw new InvalidValue("ExtendedConfig", "InstanceId is not a well-formed instance id");
        }
        return new RedisConfig(account, clone, privilege, instance, config.text("RegionId"), config.customData());
    }
}
