package kmsecrets.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.adapter.persistence.JdbiRotationLedger;
import kmsecrets.adapter.rest.action.RotateSecretAction;
import kmsecrets.adapter.rest.action.UpdateSecretRotationPolicyAction;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.application.port.in.DescribeSecretUseCase;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.application.port.in.RotateDueSecretsUseCase;
import kmsecrets.application.port.in.SecretRotationUseCases;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.application.service.RotationSettings;
import kmsecrets.application.service.SecretRotationService;
import java.util.ArrayList;
import java.util.List;
import kmsecrets.adapter.crypto.AesGcmEnvelope;
import kmsecrets.adapter.crypto.AesGcmKeyCipher;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.crypto.SecureRandomNumbers;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiAliasRepository;
import kmsecrets.adapter.persistence.JdbiAuditLog;
import kmsecrets.adapter.persistence.JdbiIdentityRepository;
import kmsecrets.adapter.persistence.JdbiKeyRepository;
import kmsecrets.adapter.persistence.JdbiNonceStore;
import kmsecrets.adapter.persistence.JdbiSecretRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.rest.KmsHandler;
import kmsecrets.adapter.rest.action.BatchGetSecretValueAction;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.AliasActions;
import kmsecrets.adapter.rest.action.CreateKeyAction;
import kmsecrets.adapter.rest.action.DescribeRegionsAction;
import kmsecrets.adapter.rest.action.UpdateRotationPolicyAction;
import kmsecrets.adapter.rest.action.DecryptAction;
import kmsecrets.adapter.rest.action.EncryptAction;
import kmsecrets.adapter.rest.action.GenerateDataKeyActions;
import kmsecrets.adapter.rest.action.KeyVersionActions;
import kmsecrets.adapter.rest.action.ReEncryptAction;
import kmsecrets.adapter.rest.action.CreateSecretAction;
import kmsecrets.adapter.rest.action.DescribeKeyAction;
import kmsecrets.adapter.rest.action.KeyStateActions;
import kmsecrets.adapter.rest.action.ListKeysAction;
import kmsecrets.adapter.rest.action.ScheduleKeyDeletionAction;
import kmsecrets.adapter.rest.action.UpdateKeyDescriptionAction;
import kmsecrets.adapter.rest.action.DeleteSecretAction;
import kmsecrets.adapter.rest.action.DescribeSecretAction;
import kmsecrets.adapter.rest.action.GetRandomPasswordAction;
import kmsecrets.adapter.rest.action.GetSecretValueAction;
import kmsecrets.adapter.rest.action.ListSecretVersionIdsAction;
import kmsecrets.adapter.rest.action.ListSecretsAction;
import kmsecrets.adapter.rest.action.ListResourceTagsAction;
import kmsecrets.adapter.rest.action.ListTagResourcesAction;
import kmsecrets.adapter.rest.action.PutSecretValueAction;
import kmsecrets.adapter.rest.action.RestoreSecretAction;
import kmsecrets.adapter.rest.action.TagResourceAction;
import kmsecrets.adapter.rest.action.TagResourcesAction;
import kmsecrets.adapter.rest.action.UntagResourceAction;
import kmsecrets.adapter.rest.action.UntagResourcesAction;
import kmsecrets.adapter.rest.action.UpdateSecretAction;
import kmsecrets.adapter.rest.action.UpdateSecretVersionStageAction;
import kmsecrets.adapter.rest.auth.Authenticator;
import kmsecrets.adapter.rest.auth.Throttle;
import kmsecrets.adapter.rest.wire.JacksonDocuments;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase;
import kmsecrets.application.port.in.PurgeDeletedSecretsUseCase;
import kmsecrets.application.port.in.RotateDueKeysUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.NonceStore;
import kmsecrets.application.service.AliasService;
import kmsecrets.application.service.AuditService;
import kmsecrets.application.service.Authorization;
import kmsecrets.application.service.BatchGetSecretValueService;
import kmsecrets.application.service.DescribeSecretService;
import kmsecrets.application.service.GetRandomPasswordService;
import kmsecrets.application.service.KeyCryptoService;
import kmsecrets.application.service.KeyResolver;
import kmsecrets.application.service.KeyRotationService;
import kmsecrets.application.service.KeyService;
import kmsecrets.application.service.KeyTagService;
import kmsecrets.application.service.ListSecretTagsService;
import kmsecrets.application.service.ListSecretVersionIdsService;
import kmsecrets.application.service.ListSecretsService;
import kmsecrets.application.service.PurgeDeletedSecretsService;
import kmsecrets.application.service.PutSecretValueService;
import kmsecrets.application.service.TagSecretsService;
import kmsecrets.application.service.UpdateSecretService;
import kmsecrets.application.service.UpdateSecretVersionStageService;
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
import kmsecrets.domain.secret.type.SecretTypes;

/** Plain constructors, in dependency order: adapters, services, actions, the handler. */
final class Wiring {
    final KmsHandler handler;
    final ProvisionRootAccessKeyUseCase rootKeys;
    final NonceStore nonces;
    final PurgeDeletedSecretsUseCase purge;
    final AuditLog auditLog;
    final RotateDueKeysUseCase keyRotation;
    final RotateDueSecretsUseCase secretRotation;
    /** The secret use cases themselves, for in-process tests that drive them with a clock of their own. */
    final SecretRotationUseCases secretRotations;
    final CreateSecretUseCase createSecret;
    final GetSecretValueUseCase getSecretValue;
    final DescribeSecretUseCase describeSecret;
    /** Reports UP once start-up has finished (root key provisioned): until then /health answers 503. */
    final HealthCheck health;

    Wiring(Config config, PostgresDatabase database, MasterKey masterKey, SecureRandom random, Clock clock) {
        SecretTypes types = new SecretTypes(SecretTypeCatalog.types());
        JdbiSession session = new JdbiSession(database.jdbi());
        JdbiSecretRepository secrets = new JdbiSecretRepository(session, types);
        AesGcmEnvelope envelope = new AesGcmEnvelope(masterKey, random);
        MasterKeyWrapping masterKeyCipher = new MasterKeyWrapping(masterKey);
        IdGenerator ids = new SecureRandomIds(random);
        JdbiAccessKeyRepository accessKeys = new JdbiAccessKeyRepository(session);
        nonces = new JdbiNonceStore(session);
        Region region = new Region(config.region());
        ServiceSettings settings = new ServiceSettings(region, config.secretQuota(),
                java.time.Duration.ofSeconds(config.keyVersionMinIntervalSeconds()));
        Authorization authorization = new Authorization(new JdbiIdentityRepository(session), clock);
        JdbiKeyRepository keyRepository = new JdbiKeyRepository(session);
        JdbiAliasRepository aliasRepository = new JdbiAliasRepository(session);
        KeyResolver keyResolver = new KeyResolver(aliasRepository, settings);
        EncryptionKeys keys = new EncryptionKeys(keyRepository, envelope, ids, clock, keyResolver);
        SecretLookup lookup = new SecretLookup(secrets, authorization, settings);

        JacksonDocuments documents = new JacksonDocuments();
        auditLog = new JdbiAuditLog(session, database.jdbi());
        ManagedTargets targets = new ManagedTargets(new JdbiDatabaseInstanceRepository(session),
                SecretTypeCatalog.rotators(), masterKeyCipher, new SecureRandomNumbers(random), types.all());
        SecretRotationService rotation = new SecretRotationService(lookup, secrets, new JdbiRotationLedger(session),
                keys, envelope, targets, session, auditLog, new LoggedRotations(), ids, documents, settings,
                new RotationSettings(Duration.ofSeconds(config.rotationLeaseSeconds()),
                        Duration.ofSeconds(config.rotationRetrySeconds()), config.rotationMaxFailures(),
                        config.rotateSecretHourlyLimit()), clock);
        secretRotation = rotation;
        secretRotations = rotation;
        createSecret = new CreateSecretService(secrets, keys, envelope, session, authorization, types, documents, ids,
                settings, targets, clock);
        describeSecret = new DescribeSecretService(lookup);
        health = new HealthCheck(database);
        GetSecretValueService getSecretValue = new GetSecretValueService(lookup, keys, envelope, authorization);
        this.getSecretValue = getSecretValue;
        TagSecretsService tagging = new TagSecretsService(lookup, secrets, session, clock);

        rootKeys = new ProvisionRootAccessKeyService(accessKeys, masterKeyCipher, ids, session);
        purge = new PurgeDeletedSecretsService(secrets, session, settings, clock);
        KeyService keyService = new KeyService(keyRepository, envelope, ids, session, authorization, settings, clock,
                keyResolver);
        KeyCryptoService crypto = new KeyCryptoService(keyRepository, new AesGcmKeyCipher(envelope, random),
                new SecureRandomNumbers(random), authorization, settings, keyResolver);
        KeyTagService keyTags = new KeyTagService(keyRepository, session, authorization, settings);
        keyRotation = new KeyRotationService(keyRepository, envelope, ids, session, clock);
        List<Action> actions = new ArrayList<>(AliasActions.all(new AliasService(aliasRepository, keyRepository,
                session, authorization, settings, clock)));
        actions.addAll(List.of(
                new CreateKeyAction(keyService),
                new DescribeKeyAction(keyService),
                new ListKeysAction(keyService),
                KeyStateActions.enableKey(keyService),
                KeyStateActions.disableKey(keyService),
                new ScheduleKeyDeletionAction(keyService),
                KeyStateActions.cancelKeyDeletion(keyService),
                new UpdateKeyDescriptionAction(keyService),
                new UpdateRotationPolicyAction(keyService),
                new DescribeRegionsAction(region),
                KeyVersionActions.create(keyService),
                KeyVersionActions.list(keyService),
                KeyVersionActions.describe(keyService),
                new EncryptAction(crypto),
                new DecryptAction(crypto),
                GenerateDataKeyActions.withPlaintext(crypto),
                GenerateDataKeyActions.withoutPlaintext(crypto),
                new ReEncryptAction(crypto),
                new CreateSecretAction(createSecret),
                new RotateSecretAction(rotation),
                new UpdateSecretRotationPolicyAction(rotation),
                new GetSecretValueAction(getSecretValue),
                new BatchGetSecretValueAction(new BatchGetSecretValueService(lookup, getSecretValue, authorization)),
                new PutSecretValueAction(new PutSecretValueService(lookup, secrets, keys, envelope, session,
                        authorization, clock)),
                new UpdateSecretVersionStageAction(new UpdateSecretVersionStageService(lookup, secrets, session, clock)),
                new ListSecretVersionIdsAction(new ListSecretVersionIdsService(lookup)),
                new DescribeSecretAction(describeSecret),
                new UpdateSecretAction(new UpdateSecretService(lookup, secrets, session, documents, clock)),
                new ListSecretsAction(new ListSecretsService(lookup, secrets, authorization)),
                new DeleteSecretAction(new DeleteSecretService(lookup, secrets, session, clock)),
                new RestoreSecretAction(new RestoreSecretService(lookup, secrets, session, clock)),
                new TagResourceAction(tagging, keyTags),
                new UntagResourceAction(tagging, keyTags),
                new TagResourcesAction(tagging, keyTags),
                new UntagResourcesAction(tagging, keyTags),
                new ListTagResourcesAction(new ListSecretTagsService(lookup, secrets, authorization), keyTags),
                new ListResourceTagsAction(keyTags),
                new GetRandomPasswordAction(new GetRandomPasswordService(new SecureRandomNumbers(random),
                        authorization))));
        handler = new KmsHandler(actions,
                new Authenticator(new SigningKeyService(accessKeys, masterKeyCipher, clock), clock),
                new Throttle(config.throttleRps(), System::nanoTime),
                new ReplayGuardService(nonces),
                region,
                health,
                new AuditService(auditLog, session));
    }
}
