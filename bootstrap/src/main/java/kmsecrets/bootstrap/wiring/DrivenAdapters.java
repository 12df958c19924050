package kmsecrets.bootstrap.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import kmsecrets.adapter.crypto.AesGcmEnvelope;
import kmsecrets.adapter.crypto.AesGcmKeyCipher;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.crypto.SecureRandomNumbers;
import kmsecrets.adapter.json.JacksonDocuments;
import kmsecrets.adapter.logging.Slf4jRotationLog;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiAliasRepository;
import kmsecrets.adapter.persistence.JdbiAuditLog;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.adapter.persistence.JdbiIdentityRepository;
import kmsecrets.adapter.persistence.JdbiKeyRepository;
import kmsecrets.adapter.persistence.JdbiNonceStore;
import kmsecrets.adapter.persistence.JdbiRotationLedger;
import kmsecrets.adapter.persistence.JdbiSecretRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.application.service.Authorization;
import kmsecrets.application.service.EncryptionKeys;
import kmsecrets.application.service.KeyResolver;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.application.service.RotationSettings;
import kmsecrets.application.service.SecretLookup;
import kmsecrets.application.service.ServiceSettings;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.secret.SecretTypes;

/**
 * Step 1 of the wiring: every outbound port's implementation, and the small application helpers the use cases of
 * both sides share (settings, authorization, key and secret lookup). Read it as the list of what the core talks to.
 */
final class DrivenAdapters {
    final Clock clock;
    final SecureRandom random;
    final ServiceSettings settings;
    final RotationSettings rotation;
    final SecretTypes types;
    final JdbiSession session;
    final JdbiSecretRepository secrets;
    final JdbiKeyRepository keys;
    final JdbiAliasRepository aliases;
    final JdbiAccessKeyRepository accessKeys;
    final JdbiNonceStore nonces;
    final JdbiAuditLog auditLog;
    final JdbiRotationLedger rotationLedger;
    final AesGcmEnvelope envelope;
    final AesGcmKeyCipher keyCipher;
    final MasterKeyWrapping masterKeyCipher;
    final SecureRandomIds ids;
    final SecureRandomNumbers randomNumbers;
    final JacksonDocuments documents = new JacksonDocuments();
    final Slf4jRotationLog rotationLog = new Slf4jRotationLog();
    final ManagedTargets targets;
    final Authorization authorization;
    final KeyResolver keyResolver;
    final EncryptionKeys encryptionKeys;
    final SecretLookup lookup;

    DrivenAdapters(Config config, PostgresDatabase database, MasterKey masterKey, SecureRandom random, Clock clock) {
        this.clock = clock;
        this.random = random;
        settings = new ServiceSettings(new Region(config.region()), config.secretQuota(),
                Duration.ofSeconds(config.keyVersionMinIntervalSeconds()));
        rotation = new RotationSettings(Duration.ofSeconds(config.rotationLeaseSeconds()),
                Duration.ofSeconds(config.rotationRetrySeconds()), config.rotationMaxFailures(),
                config.rotateSecretHourlyLimit());
        types = new SecretTypes(SecretTypeCatalog.types());

        session = new JdbiSession(database.jdbi());
        secrets = new JdbiSecretRepository(session, types);
        keys = new JdbiKeyRepository(session);
        aliases = new JdbiAliasRepository(session);
        accessKeys = new JdbiAccessKeyRepository(session);
        nonces = new JdbiNonceStore(session);
        auditLog = new JdbiAuditLog(session, database.jdbi(), clock);
        rotationLedger = new JdbiRotationLedger(session);

        envelope = new AesGcmEnvelope(masterKey, random);
        keyCipher = new AesGcmKeyCipher(envelope, random);
        masterKeyCipher = new MasterKeyWrapping(masterKey);
        ids = new SecureRandomIds(random);
        randomNumbers = new SecureRandomNumbers(random);
        targets = SecretTypeCatalog.targets(session, masterKeyCipher, random, clock);

        authorization = new Authorization(new JdbiIdentityRepository(session), clock);
        keyResolver = new KeyResolver(aliases, settings);
        encryptionKeys = new EncryptionKeys(keys, envelope, ids, clock, keyResolver);
        lookup = new SecretLookup(secrets, authorization, settings);
    }
}
