package kmsecrets.bootstrap.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.rest.KmsHandler;
import kmsecrets.adapter.rest.Operations;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.GetAuditTrailStatusAction;
import kmsecrets.adapter.rest.action.ListAuditEventsAction;
import kmsecrets.adapter.rest.auth.Authenticator;
import kmsecrets.adapter.rest.auth.Throttle;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.application.port.in.DescribeSecretUseCase;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase;
import kmsecrets.application.port.in.PurgeDeletedSecretsUseCase;
import kmsecrets.application.port.in.RotateDueKeysUseCase;
import kmsecrets.application.port.in.DestroyDueKeysUseCase;
import kmsecrets.application.port.in.PruneAuditTrailUseCase;
import kmsecrets.application.service.PruneAuditTrailService;
import kmsecrets.application.port.in.RotateDueSecretsUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.NonceStore;
import kmsecrets.application.service.AuditService;
import kmsecrets.application.service.GetAuditTrailStatusService;
import kmsecrets.application.service.ListAuditEventsService;
import kmsecrets.application.service.ProvisionRootAccessKeyService;
import kmsecrets.application.service.ReplayGuardService;
import kmsecrets.application.service.SigningKeyService;
import kmsecrets.domain.account.Region;

/**
 * The composition root in three steps, each in a class of its own: {@link DrivenAdapters} (what the core talks to),
 * {@link SecretWiring} and {@link KeyWiring} (use cases and their REST actions), then here the request pipeline and
 * what the process's background jobs call.
 */
public final class Wiring {
    public final KmsHandler handler;
    public final ProvisionRootAccessKeyUseCase rootKeys;
    public final NonceStore nonces;
    public final PurgeDeletedSecretsUseCase purge;
    public final AuditLog auditLog;
    public final RotateDueKeysUseCase keyRotation;
    public final DestroyDueKeysUseCase keyDestruction;
    public final PruneAuditTrailUseCase auditPruning;
    public final RotateDueSecretsUseCase secretRotation;
    /** For in-process tests that drive the use cases with a clock of their own. */
    public final CreateSecretUseCase createSecret;
    public final GetSecretValueUseCase getSecretValue;
    public final DescribeSecretUseCase describeSecret;
    /** Metrics at /metrics and the access log. */
    public final Observability observability;
    /** Reports UP once start-up has finished (root key provisioned): until then /health answers 503. */
    public final HealthCheck health;

    public Wiring(Config config, PostgresDatabase database, MasterKey masterKey, SecureRandom random, Clock clock) {
        DrivenAdapters out = new DrivenAdapters(config, database, masterKey, random, clock);
        SecretWiring secrets = new SecretWiring(out);
        KeyWiring keys = new KeyWiring(out, secrets);

        List<Action> actions = new ArrayList<>(secrets.actions);
        actions.addAll(keys.actions);
        // our extensions: the audit trail through the API (the console's audit page)
        actions.add(new ListAuditEventsAction(new ListAuditEventsService(out.auditLog, out.authorization,
                out.settings.region())));
        actions.add(new GetAuditTrailStatusAction(new GetAuditTrailStatusService(out.auditLog, out.masterKeyCipher,
                out.authorization, out.settings.region())));
        health = new HealthCheck(database);
        observability = new Observability(database, out.nonces, out.auditLog, out.rotationLog, clock);
        handler = new KmsHandler(actions,
                new Authenticator(new SigningKeyService(out.accessKeys, out.masterKeyCipher, clock), clock),
                new Throttle(config.throttleRps(), System::nanoTime),
                new ReplayGuardService(out.nonces),
                new Region(config.region()),
                new AuditService(out.auditLog, out.session),
                new Operations(health, Version.current(), observability, java.util.Optional.of(observability::scrape)));

        rootKeys = new ProvisionRootAccessKeyService(out.accessKeys, out.masterKeyCipher, out.ids, out.session);
        nonces = out.nonces;
        auditLog = out.auditLog;
        purge = secrets.purge;
        keyRotation = keys.rotateDue;
        keyDestruction = keys.destroyDue;
        auditPruning = new PruneAuditTrailService(out.auditLog, out.masterKeyCipher, clock);
        secretRotation = secrets.rotateDue;
        createSecret = secrets.createSecret;
        getSecretValue = secrets.getSecretValue;
        describeSecret = secrets.describeSecret;
    }
}
