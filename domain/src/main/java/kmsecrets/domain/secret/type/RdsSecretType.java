package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.ManagedSecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;

/**
 * A database account (or two, DoubleUsers) on a registered database instance. Accepts SecretData as
 * {"Accounts":[{"AccountName","AccountPassword"}, ...]} or, for SingleUser, the flat account object; every
 * version stores the flat single-account object that GetSecretValue returns.
 */
public final class RdsSecretType implements ManagedSecretType {
    public static final String NAME = "Rds";
    private static final String SECRET_DATA = "SecretData";

    @Override
    public String name() {
        return NAME;
    }

    /** Accounts on a registered PostgreSQL, or MySQL or MariaDB (one dialect), instance. */
    @Override
    public Need need() {
        return new Need(Set.of("postgresql", "mysql"), true, false);
    }

    @Override
    public String targetId(ExtendedConfig config) {
        return RdsConfig.read(config).dbInstanceId();
    }

    /** Rds secrets import existing accounts. */
    @Override
    public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
        return Optional.empty();
    }

    /** SingleUser resets its one account; DoubleUsers resets the account behind ACSPrevious, then swaps. */
    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return RdsConfig.read(config).subType() == RdsConfig.RdsSubType.SingleUser
                ? StageLabel.CURRENT : StageLabel.PREVIOUS;
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        ExtendedConfig config = given.orElseThrow(
                () -> new InvalidValue("ExtendedConfig", "required for Rds secrets"));
        RdsConfig.read(config);
        return given;
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        ManagedSecretType.requireText(dataType, NAME);
        RdsConfig rds = RdsConfig.read(config.orElseThrow(
                () -> new InvalidValue("ExtendedConfig", "required for Rds secrets")));
        List<Map<String, String>> accounts = accounts(data, documents);
        int expected = rds.subType() == RdsConfig.RdsSubType.SingleUser ? 1 : 2;
        if (accounts.size() != expected) {
            throw new InvalidValue(SECRET_DATA, rds.subType() + " needs exactly " + expected + " account(s)");
        }
        if (expected == 2 && accounts.get(0).get("AccountName").equals(accounts.get(1).get("AccountName"))) {
            throw new InvalidValue(SECRET_DATA, "DoubleUsers needs two different accounts");
        }
        List<SecretValue> values = new ArrayList<>();
        for (Map<String, String> account : accounts) {
            values.add(SecretValue.ofText(documents.write(account)));
        }
        return values;
    }

    private static List<Map<String, String>> accounts(SecretValue data, Documents documents) {
        Object document = documents.parse(data.asText()).orElseThrow(() -> notAnRdsShape());
        if (!(document instanceof Map<?, ?> object)) {
            throw notAnRdsShape();
        }
        if (object.containsKey("Accounts")) {
            if (object.size() != 1 || !(object.get("Accounts") instanceof List<?> list) || list.isEmpty()) {
                throw notAnRdsShape();
            }
            List<Map<String, String>> accounts = new ArrayList<>();
            for (Object entry : list) {
                accounts.add(account(entry));
            }
            return accounts;
        }
        return List.of(account(object));
    }

    private static Map<String, String> account(Object entry) {
        if (!(entry instanceof Map<?, ?> map) || map.size() != 2
                || !(map.get("AccountName") instanceof String name) || name.isBlank()
                || !(map.get("AccountPassword") instanceof String password) || password.isEmpty()) {
            throw notAnRdsShape();
        }
        Map<String, String> account = new LinkedHashMap<>();
        account.put("AccountName", name);
        account.put("AccountPassword", password);
        return account;
    }

    private static InvalidValue notAnRdsShape() {
        return new InvalidValue(SECRET_DATA,
                "Rds secrets take {\"Accounts\":[{\"AccountName\":...,\"AccountPassword\":...}]} or one flat account object");
    }
}
