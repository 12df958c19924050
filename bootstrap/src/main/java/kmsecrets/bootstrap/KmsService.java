package kmsecrets.bootstrap;

import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.MasterKeyCheck;
import kmsecrets.bootstrap.wiring.StartupFailure;
import kmsecrets.application.port.in.AuditPruning;
import kmsecrets.application.port.in.PruneAuditTrailCommand;
import kmsecrets.bootstrap.wiring.MasterKeys;
import kmsecrets.bootstrap.wiring.Store;
import kmsecrets.bootstrap.wiring.Version;
import kmsecrets.bootstrap.wiring.Wiring;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.persistence.DeploymentSettings;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.rest.RestServer;
import kmsecrets.application.port.in.BatchCommand;
import kmsecrets.application.port.in.ProvisionRootAccessKeyCommand;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase.ConfiguredKey;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase.GeneratedKey;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.SecretValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running kmsecrets node: database, listeners and background jobs, stopped gracefully by {@link #close}. */
final class KmsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KmsService.class);
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final int PURGE_BATCH = 100;
    private static final BatchCommand BATCH = new BatchCommand(PURGE_BATCH);
    private static final int AUDIT_SEAL_BATCH = 1_000;

    private final Store store;
    private final PostgresDatabase database;
    private final RestServer server;
    private final ScheduledExecutorService jobs;

    private KmsService(Store store, PostgresDatabase database, RestServer server, ScheduledExecutorService jobs) {
        this.store = store;
        this.database = database;
        this.server = server;
        this.jobs = jobs;
    }

    static KmsService start(Config config, PrintWriter console) throws Exception {
        SecureRandom random = new SecureRandom();
        Clock clock = Clock.systemUTC();
        // what a newcomer gets wrong, each said in one line before anything is written: the ports, the database,
        // then the master key (created only once the database is known to be there, and checked against it)
        Ports.checkFree(config);
        Store store = Store.open(config);
        PostgresDatabase database;
        MasterKey masterKey;
        try {
            database = store.openDatabase(config.dbPoolSize(), config.dbStartWait());
            try {
                masterKey = MasterKeys.load(config, random, true);
                MasterKeyCheck.verify(database, masterKey, config.masterKeySource(), clock);
            } catch (RuntimeException | Error e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
        store.embedded().ifPresent(embedded -> LOG.warn("The data lives in the embedded single-node PostgreSQL "
                + "in {} (port {}): for production, and for several nodes on one database, set KMS_DB_URL "
                + "(with KMS_DB_USER and KMS_DB_PASSWORD) to a PostgreSQL server you run and back up",
                config.dataDir().resolve("pg").toAbsolutePath(), embedded.port()));
        try {
            AccountId account = new AccountId(config.accountId().orElseGet(() -> new DeploymentSettings(database.jdbi())
                    .getOrCreate("account_id", () -> accountId(random))));
            Optional<ConfiguredKey> configuredRoot = configuredRootKey(config);
            Wiring wiring = new Wiring(config, database, masterKey, random, clock);

            RestServer.Tls tls = config.tlsKeystore()
                    .map(path -> new RestServer.Tls(path, config.tlsKeystorePassword().orElse("")))
                    .orElseGet(() -> SelfSignedCertificate.loadOrCreate(config.dataDir(), random));
            RestServer server = new RestServer(new RestServer.Settings(config.httpHost(),
                    config.httpPort() == 0 ? -1 : config.httpPort(), config.httpsPort(), Optional.of(tls),
                    config.httpThreads(), STOP_TIMEOUT_MILLIS), wiring.handler);
            server.start();
            try {
                // after the listeners are up, so that a generated key is never stored without being shown
                wiring.rootKeys.provision(new ProvisionRootAccessKeyCommand(account, configuredRoot)).ifPresent(key -> announce(console, account, key));
                wiring.health.startedUp();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            ScheduledExecutorService jobs = Executors.newScheduledThreadPool(2, r -> {
                Thread t = new Thread(r, "kms-jobs");
                t.setDaemon(true);
                return t;
            });
            jobs.scheduleWithFixedDelay(() -> purgeNonces(wiring, clock), 1, 1, TimeUnit.MINUTES);
            MasterKey ring = masterKey;
            jobs.scheduleWithFixedDelay(() -> learnMasterKeys(ring), 5, 5, TimeUnit.SECONDS);
            jobs.scheduleWithFixedDelay(() -> sealAudit(wiring), 1, 1, TimeUnit.SECONDS);
            jobs.scheduleWithFixedDelay(() -> rotateKeys(wiring), config.keyRotationCheckSeconds(),
                    config.keyRotationCheckSeconds(), TimeUnit.SECONDS);
            jobs.scheduleWithFixedDelay(() -> rotateSecrets(wiring), config.rotationCheckSeconds(),
                    config.rotationCheckSeconds(), TimeUnit.SECONDS);
            jobs.scheduleWithFixedDelay(() -> purgeSecrets(wiring), config.purgeIntervalSeconds(),
                    config.purgeIntervalSeconds(), TimeUnit.SECONDS);
            jobs.scheduleWithFixedDelay(() -> destroyKeys(wiring), config.purgeIntervalSeconds(),
                    config.purgeIntervalSeconds(), TimeUnit.SECONDS);
            config.auditRetentionDays().ifPresent(days -> jobs.scheduleWithFixedDelay(() -> pruneAudit(wiring, days),
                    config.purgeIntervalSeconds(), config.purgeIntervalSeconds(), TimeUnit.SECONDS));
            LOG.info("kmsecrets {} serving account {} in region {}: https://{}:{}{}", Version.current(), account,
                    config.region(),
                    config.httpHost(), server.httpsPort().orElseThrow(),
                    server.httpPort().map(p -> " and http://" + config.httpHost() + ":" + p).orElse(""));
            return new KmsService(store, database, server, jobs);
        } catch (Exception | Error e) {
            database.close();
            store.close();
            throw e;
        }
    }

    private static Optional<ConfiguredKey> configuredRootKey(Config config) {
        if (config.rootAccessKeyId().isPresent() != config.rootAccessKeySecret().isPresent()) {
            throw new StartupFailure("set both KMS_ROOT_ACCESS_KEY_ID and KMS_ROOT_ACCESS_KEY_SECRET, or neither");
        }
        return config.rootAccessKeyId().map(id -> new ConfiguredKey(id,
                SecretValue.ofText(config.rootAccessKeySecret().orElseThrow())));
    }

    /** Shown once, on the console only (never the log): the secret is not retrievable afterwards. */
    private static void announce(PrintWriter console, AccountId account, GeneratedKey key) {
        console.println();
        console.println("A root access key was generated for account " + account + ". It is shown only this once:");
        console.println("  AccessKeyId:     " + key.accessKeyId());
        console.println("  AccessKeySecret: " + key.secret().asText());
        console.println("Store it safely, or set KMS_ROOT_ACCESS_KEY_ID / KMS_ROOT_ACCESS_KEY_SECRET instead.");
        console.println();
        console.flush();
    }

    /**
     * Learns a master key a rotation adds as soon as it is there (not only when a blob under it is met), so that a
     * node still running with the old key keeps serving after the old key is retired.
     */
    private static void learnMasterKeys(MasterKey masterKey) {
        try {
            masterKey.refresh();
        } catch (RuntimeException e) {
            LOG.warn("reading the master keys failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    private static void purgeNonces(Wiring wiring, Clock clock) {
        try {
            wiring.nonces.purgeExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("nonce expiry failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    /** Links committed audit events into the hash chain; one node at a time, the others wait their turn. */
    private static void sealAudit(Wiring wiring) {
        try {
            while (wiring.auditLog.seal(AUDIT_SEAL_BATCH) == AUDIT_SEAL_BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("audit sealing failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    /** Keys whose automatic rotation is due; every node runs this, the database hands each key to one of them. */
    private static void rotateKeys(Wiring wiring) {
        try {
            wiring.keyRotation.rotateDue(BATCH).forEach(version ->
                    LOG.info("Rotated key: new primary version {}", version));
        } catch (RuntimeException e) {
            LOG.warn("key rotation failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    /**
     * Managed secrets whose rotation is due, and rotations a node left unfinished; every node runs this, the
     * database hands each secret to one of them. Outcomes are logged by the rotation service itself.
     */
    private static void rotateSecrets(Wiring wiring) {
        try {
            while (wiring.secretRotation.rotateDue(BATCH) == PURGE_BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("secret rotation failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    /** Secrets past their recovery window; every node runs this, the database hands each secret to one of them. */
    private static void purgeSecrets(Wiring wiring) {
        try {
            List<String> purged;
            do {
                purged = wiring.purge.purgeDue(BATCH);
                purged.forEach(arn -> LOG.info("Purged secret {}: its recovery window is over", arn));
            } while (purged.size() == PURGE_BATCH);
        } catch (RuntimeException e) {
            LOG.warn("secret purge failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    /** Audit retention: whole days sealed before the last {@code days} go, after a checkpoint of the cut. */
    private static void pruneAudit(Wiring wiring, int days) {
        try {
            AuditPruning pruned = wiring.auditPruning.prune(new PruneAuditTrailCommand(days));
            if (pruned.daysDropped() > 0) {
                LOG.info("Audit retention: dropped {} day store(s) of events sealed before {}{}", pruned.daysDropped(),
                        pruned.keptFrom(), pruned.checkpointPosition().map(p -> "; the chain now verifies from the "
                                + "checkpoint at position " + p).orElse(""));
            }
        } catch (RuntimeException e) {
            LOG.warn("audit retention failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    private static void destroyKeys(Wiring wiring) {
        try {
            List<String> destroyed;
            do {
                destroyed = wiring.keyDestruction.destroyDue(BATCH);
                destroyed.forEach(key -> LOG.info("Destroyed customer master key {}: its DeleteDate has passed; its "
                        + "material is erased", key));
            } while (destroyed.size() == PURGE_BATCH);
        } catch (RuntimeException e) {
            LOG.warn("key destruction failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    private static String accountId(SecureRandom random) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < 16) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    Optional<Integer> httpPort() {
        return server.httpPort();
    }

    int httpsPort() {
        return server.httpsPort().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        LOG.info("kmsecrets stopping: finishing requests in flight");
        try {
            server.close();
        } finally {
            jobs.shutdownNow();
            try {
                database.close();
            } finally {
                store.close();
                LOG.info("kmsecrets stopped");
            }
        }
    }
}
