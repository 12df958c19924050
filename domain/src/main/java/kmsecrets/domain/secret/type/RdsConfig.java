package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.ExtendedConfig;

import java.util.Map;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** The typed ExtendedConfig of an Rds secret. */
public record RdsConfig(RdsSubType subType, String dbInstanceId, Map<String, Object> customData) {
    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.*-]{0,127}");

    public enum RdsSubType { SingleUser, DoubleUsers }

    static RdsConfig read(ExtendedConfig config) {
        String subTypeText = config.text("SecretSubType");
        RdsSubType subType;
        try {
            subType = RdsSubType.valueOf(subTypeText);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("ExtendedConfig", "SecretSubType must be SingleUser or DoubleUsers");
        }
        String instance = config.text("DBInstanceId");
        if (!INSTANCE_ID.matcher(instance).matches()) {
            throw new InvalidValue("ExtendedConfig", "DBInstanceId is not a well-formed instance id");
        }
        return new RdsConfig(subType, instance, config.customData());
    }
}
