package kmsecrets.bootstrap.admin;

import kmsecrets.adapter.crypto.SecureRandomNumbers;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.application.port.in.DatabaseInstanceAdministration;
import kmsecrets.application.service.DatabaseInstanceService;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.bootstrap.wiring.SecretTypeCatalog;

import java.security.SecureRandom;
import java.time.Clock;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyFile;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.persistence.DeploymentSettings;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiAuditLog;
import kmsecrets.adapter.persistence.JdbiIdentityRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.json.JacksonDocuments;
import kmsecrets.application.port.in.AccessKeyAdministration;
import kmsecrets.application.port.in.AuditTrail;
import kmsecrets.application.port.in.PolicyAdministration;
import kmsecrets.application.port.in.UserAdministration;
import kmsecrets.application.service.AccessKeyAdministrationService;
import kmsecrets.application.service.AuditService;
import kmsecrets.application.service.PolicyAdministrationService;
import kmsecrets.application.service.UserAdministrationService;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.domain.account.AccountId;

/** The administration use cases wired to the configured database and (existing) master key. */
final class AdminContext implements AutoCloseable {
    final AccountId account;
    final UserAdministration users;
    final AccessKeyAdministration accessKeys;
    final PolicyAdministration policies;
    final AuditTrail audit;
    final DatabaseInstanceAdministration instances;
    private final PostgresDatabase database;

    AdminContext(Config config) {
        SecureRandom random = new SecureRandom();
        MasterKey masterKey = MasterKeyFile.load(config.masterKeyFile(), random);
        database = PostgresDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(), 2);
        try {
            account = new AccountId(config.accountId().or(() -> new DeploymentSettings(database.jdbi())
                    .find("account_id")).orElseThrow(() -> new IllegalStateException(
                            "start the service once first: no account exists yet")));
            Clock clock = Clock.systemUTC();
            JdbiSession session = new JdbiSession(database.jdbi());
            JdbiIdentityRepository identities = new JdbiIdentityRepository(session);
            JdbiAccessKeyRepository keys = new JdbiAccessKeyRepository(session);
            users = new UserAdministrationService(identities, keys, session, clock);
            accessKeys = new AccessKeyAdministrationService(keys, identities, new MasterKeyWrapping(masterKey),
                    new SecureRandomIds(random));
            policies = new PolicyAdministrationService(identities, new JacksonDocuments(), clock);
            audit = new AuditService(new JdbiAuditLog(session, database.jdbi()), session);
            MasterKeyWrapping wrapping = new MasterKeyWrapping(masterKey);
            JdbiDatabaseInstanceRepository registry = new JdbiDatabaseInstanceRepository(session);
            instances = new DatabaseInstanceService(registry, SecretTypeCatalog.targets(registry, wrapping, random),
                    wrapping, session, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
