package kmsecrets.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import kmsecrets.adapter.crypto.AesGcmEnvelope;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiKeyRepository;
import kmsecrets.adapter.persistence.JdbiNonceStore;
import kmsecrets.adapter.persistence.JdbiSecretRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.rest.KmsHandler;
import kmsecrets.adapter.rest.action.CreateSecretAction;
import kmsecrets.adapter.rest.action.DeleteSecretAction;
import kmsecrets.adapter.rest.action.GetSecretValueAction;
import kmsecrets.adapter.rest.action.RestoreSecretAction;
import kmsecrets.adapter.rest.auth.Authenticator;
import kmsecrets.adapter.rest.auth.Throttle;
import kmsecrets.adapter.rest.wire.JacksonDocuments;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase;
import kmsecrets.application.port.out.AccessPolicies;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.NonceStore;
import kmsecrets.application.service.Authorization;
import kmsecrets.application.service.CreateSecretService;
import kmsecrets.application.service.DeleteSecretService;
import kmsecrets.application.service.EncryptionKeys;
import kmsecrets.application.service.GetSecretValueService;
import kmsecrets.application.service.ProvisionRootAccessKeyService;
import kmsecrets.application.service.ReplayGuardService;
import kmsecrets.application.service.RestoreSecretService;
import kmsecrets.application.service.SecretLookup;
import kmsecrets.application.service.ServiceSettings;
import kmsecrets.application.service.SigningKeyService;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.type.SecretTypes;

/** Plain constructors, in dependency order: adapters, services, actions, the handler. */
final class Wiring {
    /**
     * Non-root principals and their policies arrive with the identity work; until then no policy exists, and with
     * no Allow a request is denied (the root key is allowed by {@link Authorization} itself).
     */
    private static final AccessPolicies NO_POLICIES_YET = (caller, action, resource) -> false;

    final KmsHandler handler;
    final ProvisionRootAccessKeyUseCase rootKeys;
    final NonceStore nonces;

    Wiring(Config config, PostgresDatabase database, MasterKey masterKey, SecureRandom random, Clock clock) {
        SecretTypes types = new SecretTypes(List.of(new GenericSecretType(), new RdsSecretType()));
        JdbiSession session = new JdbiSession(database.jdbi());
        JdbiSecretRepository secrets = new JdbiSecretRepository(session, types);
        Envelope envelope = new AesGcmEnvelope(masterKey, random);
        MasterKeyWrapping masterKeyCipher = new MasterKeyWrapping(masterKey);
        IdGenerator ids = new SecureRandomIds(random);
        JdbiAccessKeyRepository accessKeys = new JdbiAccessKeyRepository(session);
        nonces = new JdbiNonceStore(database.jdbi());
        Region region = new Region(config.region());
        ServiceSettings settings = new ServiceSettings(region, config.secretQuota());
        Authorization authorization = new Authorization(NO_POLICIES_YET);
        EncryptionKeys keys = new EncryptionKeys(new JdbiKeyRepository(session), envelope, ids, clock);
        SecretLookup lookup = new SecretLookup(secrets, authorization, settings);

        rootKeys = new ProvisionRootAccessKeyService(accessKeys, masterKeyCipher, ids, session);
        handler = new KmsHandler(List.of(
                new CreateSecretAction(new CreateSecretService(secrets, keys, envelope, session, authorization, types,
                        new JacksonDocuments(), ids, settings, clock)),
                new GetSecretValueAction(new GetSecretValueService(lookup, keys, envelope, authorization)),
                new DeleteSecretAction(new DeleteSecretService(lookup, secrets, session, clock)),
                new RestoreSecretAction(new RestoreSecretService(lookup, secrets, session, clock))),
                new Authenticator(new SigningKeyService(accessKeys, masterKeyCipher), clock),
                new Throttle(config.throttleRps(), System::nanoTime),
                new ReplayGuardService(nonces),
                region,
                () -> healthy(database));
    }

    private static boolean healthy(PostgresDatabase database) {
        try {
            return database.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
