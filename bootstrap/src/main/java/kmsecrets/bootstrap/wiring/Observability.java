package kmsecrets.bootstrap.wiring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.ArrayList;
import java.util.List;
import kmsecrets.adapter.logging.Slf4jRotationLog;
import kmsecrets.adapter.persistence.JdbiAuditLog;
import kmsecrets.application.port.out.RotationLog;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.adapter.persistence.JdbiNonceStore;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.persistence.StoreFigures;
import kmsecrets.adapter.persistence.WriteStats;
import kmsecrets.adapter.rest.RequestObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator sees of a running node without reading its database: Prometheus metrics at {@code /metrics} and
 * one access-log line per request (logger {@code kmsecrets.access}).
 *
 * <p>Labels are only ever an action this service knows and a reply code from its own fixed set; never a secret's
 * name, a key id, a value or anything else a caller chooses.
 */
public final class Observability implements RequestObserver {
    private static final Logger ACCESS = LoggerFactory.getLogger("kmsecrets.access");
    /** The database figures are read at most this often, however often Prometheus scrapes. */
    private static final Duration FIGURES_MAX_AGE = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** By action, then reply code: found without building a key on every request. */
    private final Map<String, Map<String, Timer>> requests = new ConcurrentHashMap<>();
    private final Clock clock;
    /** Held here: a gauge keeps only a weak reference to what it reads (a collected one reads NaN). */
    private final StoreFigures store;
    private volatile StoreFigures.Figures figures = new StoreFigures.Figures(0, 0, 0, 0);
    private volatile long figuresReadAt = Long.MIN_VALUE;

    public Observability(PostgresDatabase database, JdbiNonceStore nonces, JdbiAuditLog auditLog,
                         Slf4jRotationLog rotations, Clock clock) {
        this.clock = clock;
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        database.publishPoolMetrics(registry);
        writes("kms_nonce_writes", "batches of nonce claims written (one statement and commit each)", nonces,
                JdbiNonceStore::writeStats);
        writes("kms_audit_writes", "batches of audit events of reads written (one statement and commit each)",
                auditLog, JdbiAuditLog::writeStats);
        rotations(rotations);
        store = new StoreFigures(database.jdbi());
        gauge("kms_audit_unsealed_events", "audit events not yet sealed into the hash chain", store,
                StoreFigures.Figures::unsealedAuditEvents);
        gauge("kms_audit_oldest_unsealed_seconds", "age of the oldest audit event not yet sealed", store,
                StoreFigures.Figures::oldestUnsealedAuditEventSeconds);
        gauge("kms_secrets_rotation_due", "managed secrets whose automatic rotation is due", store,
                StoreFigures.Figures::secretsDueForRotation);
        gauge("kms_keys_pending_deletion", "customer master keys scheduled for deletion", store,
                StoreFigures.Figures::keysPendingDeletion);
    }

    /**
     * {@code kms_rotations_total{type,outcome,trigger}}: every managed type of the catalog (and {@code unknown}, a
     * secret that could not be read) with both outcomes and triggers, at 0 until the first one.
     */
    private void rotations(Slf4jRotationLog rotations) {
        List<String> types = new ArrayList<>();
        SecretTypeCatalog.types().stream().filter(t -> t instanceof ManagedSecretType).forEach(t -> types.add(t.name()));
        types.add(RotationLog.UNKNOWN_TYPE);
        for (String type : types) {
            for (boolean success : new boolean[] {true, false}) {
                for (boolean automatic : new boolean[] {true, false}) {
                    FunctionCounter.builder("kms_rotations", rotations, r -> r.count(type, success, automatic))
                            .description("rotations of managed secrets by type, outcome and trigger")
                            .tags("type", type, "outcome", success ? "success" : "failure",
                                    "trigger", automatic ? "automatic" : "manual")
                            .register(registry);
                }
            }
        }
    }

    private <S> void writes(String name, String help, S source, java.util.function.Function<S, WriteStats> stats) {
        FunctionTimer.builder(name, source, s -> stats.apply(s).batches(), s -> stats.apply(s).nanos(),
                TimeUnit.NANOSECONDS).description(help).register(registry);
        FunctionCounter.builder(name + "_rows", source, s -> stats.apply(s).rows())
                .description("rows in the " + help).register(registry);
    }

    private void gauge(String name, String help, StoreFigures store, ToDoubleFunction<StoreFigures.Figures> figure) {
        Gauge.builder(name, store, s -> figure.applyAsDouble(current(s))).description(help).register(registry);
    }

    /** The database figures, read again when older than {@link #FIGURES_MAX_AGE}; the last ones if it is away. */
    private StoreFigures.Figures current(StoreFigures store) {
        long now = clock.millis();
        if (now - figuresReadAt > FIGURES_MAX_AGE.toMillis()) {
            try {
                figures = store.read(clock.instant());
            } catch (RuntimeException e) {
                // the database is away: /health says so; the metrics keep the last figures
            }
            figuresReadAt = now;
        }
        return figures;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text format of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void completed(Outcome outcome) {
        requests.computeIfAbsent(outcome.action(), action -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome.code(), code -> Timer.builder("kms_requests")
                .description("RPC requests by action and reply code, with their latency")
                .tag("action", outcome.action()).tag("code", outcome.code())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry))
                .record(outcome.durationNanos(), TimeUnit.NANOSECONDS);
        double millis = Math.round(outcome.durationNanos() / 1e5) / 10.0;
        var line = ACCESS.atInfo().setMessage("RequestId={} Action={} AccessKeyId={} Status={} Code={} DurationMs={}")
                .addArgument(outcome.requestId()).addArgument(outcome.action())
                .addArgument(outcome.accessKeyId().orElse("-")).addArgument(outcome.status())
                .addArgument(outcome.code()).addArgument(millis)
                .addKeyValue("RequestId", outcome.requestId()).addKeyValue("action", outcome.action());
        if (outcome.accessKeyId().isPresent()) {
            line = line.addKeyValue("accessKeyId", outcome.accessKeyId().get());
        }
        line.addKeyValue("status", outcome.status()).addKeyValue("outcome", outcome.code())
                .addKeyValue("durationMs", millis).log();
    }
}
