package kmsecrets.application.service;

import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.FakeAccessKeys;
import kmsecrets.application.port.out.FakeAccounts;
import kmsecrets.application.port.out.InMemoryDatabaseInstances;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.application.port.out.InMemoryRotationLedger;
import kmsecrets.application.port.out.RecordingAuditLog;
import kmsecrets.application.port.out.RotationLog;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.type.RedisSecretType;
import kmsecrets.domain.secret.type.TinyJson;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.out.FixedIds;
import kmsecrets.application.port.out.InMemoryKeyRepository;
import kmsecrets.application.port.out.InMemorySecretRepository;
import kmsecrets.application.port.out.ReversibleEnvelope;
import kmsecrets.application.port.out.SameThreadTransactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.SecretTypes;

/** The use cases wired to in-memory doubles and a clock the test moves. */
final class Fixture {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final AccountId ACCOUNT = new AccountId("1234567890123456");
    static final Caller ROOT = new Caller(ACCOUNT, "root", "LTAIroot", true);
    static final Caller USER = new Caller(ACCOUNT, "alice", "LTAIalice", false);

    final InMemorySecretRepository secrets = new InMemorySecretRepository();
    final InMemoryKeyRepository keys = new InMemoryKeyRepository();
    final ReversibleEnvelope envelope = new ReversibleEnvelope();
    final SameThreadTransactions transactions = new SameThreadTransactions();
    final FixedIds ids = new FixedIds();
    final MutableClock clock = new MutableClock(NOW);
    final Authorization authorization = new Authorization((account, principal) -> java.util.List.of(), clock);
    final ServiceSettings settings;
    final EncryptionKeys encryptionKeys;
    final SecretLookup lookup;
    final InMemoryDatabaseInstances instances = new InMemoryDatabaseInstances();
    final FakeAccounts postgres = new FakeAccounts("postgresql");
    final FakeAccounts redis = new FakeAccounts("redis");
    final FakeAccounts mysql = new FakeAccounts("mysql");
    final SecretTypes types = kmsecrets.domain.secret.type.EveryType.registry();
    final ManagedTargets targets;
    final CreateSecretService create;
    final GetSecretValueService get;
    final DeleteSecretService delete;
    final RestoreSecretService restore;
    final InMemoryRotationLedger ledger = new InMemoryRotationLedger(secrets);
    final RecordingAuditLog audit = new RecordingAuditLog();
    final List<String> rotationLog = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final RotationSettings ROTATION = new RotationSettings(java.time.Duration.ofMinutes(5),
            java.time.Duration.ofMinutes(1), 3, 50);
    final RotateSecretService rotateSecret;
    final UpdateSecretRotationPolicyService rotationPolicy;
    final RotateDueSecretsService rotateDue;

    Fixture() {
        this(100);
    }

    Fixture(long quota) {
        settings = new ServiceSettings(new Region("cn-hangzhou"), quota);
        encryptionKeys = new EncryptionKeys(keys, envelope, ids, clock,
                new KeyResolver(new kmsecrets.application.port.out.InMemoryAliasRepository(), settings));
        lookup = new SecretLookup(secrets, authorization, settings);
        // the service's own users (RAMCredentials) are tested on the real store: OwnAccessKeysTest, system tests
        targets = new ManagedTargets(instances, List.of(postgres, redis, mysql, new FakeAccessKeys(),
                new kmsecrets.application.port.out.FakeHostLogins()),
                PLAIN_WRAPPING, COUNTING_RANDOM, types.all());
        create = new CreateSecretService(secrets, ledger, encryptionKeys, envelope, transactions, authorization,
                types, documents, ids, settings, targets, ROTATION, clock);
        get = new GetSecretValueService(lookup, encryptionKeys, envelope, authorization);
        delete = new DeleteSecretService(lookup, secrets, transactions, clock);
        restore = new RestoreSecretService(new SecretChanges(lookup, secrets, transactions), clock);
        SecretRotations rotations = new SecretRotations(secrets, ledger, encryptionKeys, envelope, targets, transactions,
                audit, new RotationLog() {
                    @Override
                    public void succeeded(String secretArn, String secretType, String versionId, boolean automatic) {
                        rotationLog.add("success " + versionId + (automatic ? " automatic" : ""));
                    }

                    @Override
                    public void failed(String secretArn, String secretType, boolean automatic, String reason,
                                       String state) {
                        rotationLog.add("failure " + reason + " " + state);
                    }
                }, ids, documents, settings, ROTATION, clock);
        rotateSecret = new RotateSecretService(lookup, ledger, rotations, transactions, ROTATION, clock);
        rotationPolicy = new UpdateSecretRotationPolicyService(new SecretChanges(lookup, secrets, transactions), clock);
        rotateDue = new RotateDueSecretsService(ledger, rotations, transactions, ROTATION, clock);
    }

    /** Registers an instance of that engine whose administrator password is "admin-pw". */
    void register(String id, String engine) {
        instances.insert(new DatabaseInstanceRepository.Registered(new DatabaseInstance(id, engine, "db.internal",
                5432, Optional.empty(), "admin", DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), NOW),
                "admin-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** JSON for the flat account objects managed secrets hold: enough of it for these tests, in the test. */
    final Documents documents = new TinyJson();

    /** The master key "wrapping" of the tests: none (the wrapping itself is tested in adapters-crypto). */
    static final MasterKeyCipher PLAIN_WRAPPING = new MasterKeyCipher() {
        @Override
        public byte[] wrap(SecretValue plaintext, String context) {
            return plaintext.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public SecretValue unwrap(byte[] wrapped, String context) {
            return SecretValue.ofText(new String(wrapped, java.nio.charset.StandardCharsets.UTF_8));
        }
    };

    /** Deterministic, spread draws: different passwords every time, reproducible runs. */
    static final RandomNumbers COUNTING_RANDOM = new RandomNumbers() {
        private long n = 12_345;

        @Override
        public synchronized int below(int bound) {
            n = n * 6364136223846793005L + 1442695040888963407L;
            return (int) Long.remainderUnsigned(n >>> 33, bound);
        }

        @Override
        public byte[] bytes(int count) {
            byte[] out = new byte[count];
            for (int i = 0; i < count; i++) {
                out[i] = (byte) below(256);
            }
            return out;
        }
    };
}
