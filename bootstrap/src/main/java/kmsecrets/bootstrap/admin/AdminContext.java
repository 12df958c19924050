package kmsecrets.bootstrap.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.json.JacksonDocuments;
import kmsecrets.adapter.persistence.DeploymentSettings;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiAuditLog;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.adapter.persistence.JdbiIdentityRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.application.port.in.AttachPolicyUseCase;
import kmsecrets.application.port.in.CreateAccessKeyUseCase;
import kmsecrets.application.port.in.CreatePolicyUseCase;
import kmsecrets.application.port.in.CreateUserUseCase;
import kmsecrets.application.port.in.DeleteAccessKeyUseCase;
import kmsecrets.application.port.in.DeleteUserUseCase;
import kmsecrets.application.port.in.DetachPolicyUseCase;
import kmsecrets.application.port.in.ListAccessKeysUseCase;
import kmsecrets.application.port.in.ListDatabaseInstancesUseCase;
import kmsecrets.application.port.in.ListPoliciesUseCase;
import kmsecrets.application.port.in.ListUsersUseCase;
import kmsecrets.application.port.in.RegisterDatabaseInstanceUseCase;
import kmsecrets.application.port.in.RemoveDatabaseInstanceUseCase;
import kmsecrets.application.port.in.SearchAuditEventsUseCase;
import kmsecrets.application.port.in.SetAccessKeyEnabledUseCase;
import kmsecrets.application.port.in.VerifyAuditTrailUseCase;
import kmsecrets.application.service.AttachPolicyService;
import kmsecrets.application.service.CreateAccessKeyService;
import kmsecrets.application.service.CreatePolicyService;
import kmsecrets.application.service.CreateUserService;
import kmsecrets.application.service.DeleteAccessKeyService;
import kmsecrets.application.service.DeleteUserService;
import kmsecrets.application.service.DetachPolicyService;
import kmsecrets.application.service.ListAccessKeysService;
import kmsecrets.application.service.ListDatabaseInstancesService;
import kmsecrets.application.service.ListPoliciesService;
import kmsecrets.application.service.ListUsersService;
import kmsecrets.application.service.RegisterDatabaseInstanceService;
import kmsecrets.application.service.RemoveDatabaseInstanceService;
import kmsecrets.application.service.SearchAuditEventsService;
import kmsecrets.application.service.SetAccessKeyEnabledService;
import kmsecrets.application.service.VerifyAuditTrailService;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.SecretTypeCatalog;
import kmsecrets.bootstrap.wiring.MasterKeyCheck;
import kmsecrets.application.port.in.ExportAuditEventsUseCase;
import kmsecrets.application.service.ExportAuditEventsService;
import kmsecrets.adapter.persistence.JdbiMasterKeyStore;
import kmsecrets.adapter.persistence.JdbiWrappedBlobs;
import kmsecrets.application.port.in.MasterKeyStatusUseCase;
import kmsecrets.application.port.in.RetireMasterKeyUseCase;
import kmsecrets.application.port.in.RewrapBlobsUseCase;
import kmsecrets.application.port.in.StartMasterKeyRotationUseCase;
import kmsecrets.application.service.MasterKeyStatusService;
import kmsecrets.application.service.RetireMasterKeyService;
import kmsecrets.application.service.RewrapBlobsService;
import kmsecrets.application.service.StartMasterKeyRotationService;
import kmsecrets.bootstrap.wiring.MasterKeys;
import kmsecrets.bootstrap.wiring.StartupFailure;
import kmsecrets.bootstrap.wiring.Store;
import kmsecrets.domain.account.AccountId;

/** The administration use cases wired to the configured database and (existing) master key. */
final class AdminContext implements AutoCloseable {
    final AccountId account;
    final CreateUserUseCase createUser;
    final ListUsersUseCase listUsers;
    final DeleteUserUseCase deleteUser;
    final CreateAccessKeyUseCase createAccessKey;
    final ListAccessKeysUseCase listAccessKeys;
    final SetAccessKeyEnabledUseCase setAccessKeyEnabled;
    final DeleteAccessKeyUseCase deleteAccessKey;
    final CreatePolicyUseCase createPolicy;
    final AttachPolicyUseCase attachPolicy;
    final DetachPolicyUseCase detachPolicy;
    final ListPoliciesUseCase listPolicies;
    final SearchAuditEventsUseCase searchAudit;
    final VerifyAuditTrailUseCase verifyAudit;
    final ExportAuditEventsUseCase exportAudit;
    final RegisterDatabaseInstanceUseCase registerInstance;
    final ListDatabaseInstancesUseCase listInstances;
    final RemoveDatabaseInstanceUseCase removeInstance;
    final StartMasterKeyRotationUseCase startMasterKeyRotation;
    final RewrapBlobsUseCase rewrapBlobs;
    final MasterKeyStatusUseCase masterKeyStatus;
    final RetireMasterKeyUseCase retireMasterKey;
    private final Store store;
    private final PostgresDatabase database;

    AdminContext(Config config) {
        SecureRandom random = new SecureRandom();
        // what stops a command before it does anything is said in one line (the trace at debug level)
        MasterKey masterKey = MasterKeys.load(config, random, false);
        store = Store.open(config);
        try {
            database = store.openDatabase(2, Duration.ZERO);
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
        try {
            Clock clock = Clock.systemUTC();
            MasterKeyCheck.verify(database, masterKey, config.masterKeySource(), clock);
            account = new AccountId(config.accountId().or(() -> new DeploymentSettings(database.jdbi())
                    .find("account_id")).orElseThrow(() -> new StartupFailure(
                            "start the service once first: no account exists yet")));
            JdbiSession session = new JdbiSession(database.jdbi());
            JdbiIdentityRepository identities = new JdbiIdentityRepository(session);
            JdbiAccessKeyRepository keys = new JdbiAccessKeyRepository(session);
            MasterKeyWrapping wrapping = new MasterKeyWrapping(masterKey);
            createUser = new CreateUserService(identities, clock);
            listUsers = new ListUsersService(identities);
            deleteUser = new DeleteUserService(identities, keys, session);
            createAccessKey = new CreateAccessKeyService(keys, identities, wrapping, new SecureRandomIds(random));
            listAccessKeys = new ListAccessKeysService(keys);
            setAccessKeyEnabled = new SetAccessKeyEnabledService(keys);
            deleteAccessKey = new DeleteAccessKeyService(keys);
            createPolicy = new CreatePolicyService(identities, new JacksonDocuments(), clock);
            attachPolicy = new AttachPolicyService(identities);
            detachPolicy = new DetachPolicyService(identities);
            listPolicies = new ListPoliciesService(identities);
            JdbiAuditLog auditLog = new JdbiAuditLog(session, database.jdbi(), clock);
            searchAudit = new SearchAuditEventsService(auditLog);
            verifyAudit = new VerifyAuditTrailService(auditLog, wrapping);
            exportAudit = new ExportAuditEventsService(auditLog);
            JdbiDatabaseInstanceRepository registry = new JdbiDatabaseInstanceRepository(session);
            registerInstance = new RegisterDatabaseInstanceService(registry,
                    SecretTypeCatalog.targets(session, wrapping, random, clock), wrapping, session, clock);
            listInstances = new ListDatabaseInstancesService(registry);
            removeInstance = new RemoveDatabaseInstanceService(registry);
            JdbiMasterKeyStore masterKeys = new JdbiMasterKeyStore(database.jdbi());
            JdbiWrappedBlobs blobs = new JdbiWrappedBlobs(database.jdbi());
            startMasterKeyRotation = new StartMasterKeyRotationService(masterKey);
            rewrapBlobs = new RewrapBlobsService(masterKey, blobs);
            masterKeyStatus = new MasterKeyStatusService(masterKey, masterKeys, blobs);
            retireMasterKey = new RetireMasterKeyService(masterKey, masterKeys, blobs);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            store.close();   // stops the embedded server only if this command started it
        }
    }
}
