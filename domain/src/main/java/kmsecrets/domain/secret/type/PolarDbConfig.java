package kmsecrets.domain.secret.type;

import java.util.Optional;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.ExtendedConfig;

/**
 * The typed ExtendedConfig of a PolarDB secret: two new standard accounts, {@code AccountName} and its
 * {@code _clone}, on the cluster {@code DBClusterId} of engine {@code DBType}. MySQL clusters also take the
 * database ({@code DBName}) and the privilege on it ({@code AccountPrivilege}); PostgreSQL clusters take neither.
 */
record PolarDbConfig(String clusterId, DbType dbType, String accountName, String cloneAccountName,
                     AccountSpec spec) {
    private static final Pattern ACCOUNT = Pattern.compile("[a-z][a-z0-9_]{0,25}");
    private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    /** PolarDB's engines, as the API names them and as registered instances do. */
    enum DbType {
        MySQL("mysql"), PostgreSQL("postgresql");

        final String engine;

        DbType(String engine) {
            this.engine = engine;
        }
    }

    static PolarDbConfig read(ExtendedConfig config) {
        if (!"DoubleUsers".equals(config.text("SecretSubType"))) {
            throw new InvalidValue("ExtendedConfig", "SecretSubType must be DoubleUsers for PolarDB secrets");
        }
        config.text("RegionId");
        String cluster = config.text("DBClusterId");
        if (!CLUSTER_ID.matcher(cluster).matches()) {
            throw new InvalidValue("ExtendedConfig", "DBClusterId is not a well-formed cluster id");
        }
        DbType dbType;
        try {
            dbType = DbType.valueOf(config.text("DBType"));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("ExtendedConfig", "DBType must be MySQL or PostgreSQL");
        }
        String account = config.text("AccountName");
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidValue("ExtendedConfig", "AccountName must start with a lower-case letter and hold at "
                    + "most 26 lower-case letters, digits or '_'");
        }
        String clone = GeneratedDoubleUsers.cloneOf(config, account);
        if (!config.optionalText("AccountType").orElse("Normal").equals("Normal")) {
            throw new InvalidValue("ExtendedConfig", "AccountType must be Normal: only standard accounts are managed");
        }
        return new PolarDbConfig(cluster, dbType, account, clone, spec(config, dbType));
    }

    private static AccountSpec spec(ExtendedConfig config, DbType dbType) {
        Optional<String> privilege = config.optionalText("AccountPrivilege");
        Optional<String> database = config.optionalText("DBName");
        if (dbType == DbType.PostgreSQL) {
            if (privilege.isPresent() || database.isPresent()) {
                throw new InvalidValue("ExtendedConfig", "AccountPrivilege and DBName apply to MySQL clusters only");
            }
            return AccountSpec.of("");
        }
        if (privilege.isEmpty() || database.isEmpty()) {
            throw new InvalidValue("ExtendedConfig", "MySQL clusters need AccountPrivilege and DBName");
        }
        if (!DATABASE.matcher(database.get()).matches()) {
            throw new InvalidValue("ExtendedConfig", "DBName must start with a lower-case letter and hold at most 64 "
                    + "lower-case letters, digits, '_' or '-'");
        }
        return new AccountSpec(privilege.get(), database);
    }
}
