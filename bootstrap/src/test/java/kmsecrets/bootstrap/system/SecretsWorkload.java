package kmsecrets.bootstrap.system;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.RestoreSecretRequest;
import com.aliyun.kms20160120.models.TagResourceRequest;
import com.aliyun.kms20160120.models.UntagResourceRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import kmsecrets.bootstrap.system.History.Kind;
import kmsecrets.bootstrap.system.History.Op;
import kmsecrets.bootstrap.system.History.Outcome;

/**
 * Client threads spread over several nodes, each doing a bounded number of random operations (create, put,
 * reads by version and by label, ACSCurrent moves, tag changes, delete and restore) on a small set of shared
 * secrets through the Tea SDK, recording every request and its answer in a {@link History}. Afterwards
 * {@link #finalState} reads back what the service holds, for {@link HistoryChecker}.
 */
final class SecretsWorkload {
    private final AtomicReferenceArray<Client> nodes;
    private final boolean[] down;
    private final List<String> secrets = new ArrayList<>();
    private final History history = new History();
    /** Versions (and the initial v0) acknowledged so far, per secret: what reads and moves pick from. */
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    /** Secrets the workload created (acknowledged or not), to be checked too. */
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final long seed;

    SecretsWorkload(int nodeCount, int secretCount, long seed) {
        this.nodes = new AtomicReferenceArray<>(nodeCount);
        this.down = new boolean[nodeCount];
        this.seed = seed;
        for (int i = 0; i < secretCount; i++) {
            secrets.add("shared-" + i);
        }
    }

    static Client client(ServiceProcess node) throws Exception {
        return new Client(new Config().setAccessKeyId(ServiceProcess.ACCESS_KEY_ID)
                .setAccessKeySecret(ServiceProcess.ACCESS_KEY_SECRET).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + node.httpPort).setProtocol("HTTP")
                .setConnectTimeout(5_000).setReadTimeout(20_000));
    }

    /** Points the clients of node {@code index} at {@code node} (again, after a restart) and marks it up. */
    void serveFrom(int index, ServiceProcess node) throws Exception {
        nodes.set(index, client(node));
        down[index] = false;
    }

    /** From now on the threads of that node send to the next one, as a load balancer would. */
    void markDown(int index) {
        down[index] = true;
    }

    History history() {
        return history;
    }

    /** The shared secrets, each with its first version v0. */
    void createSecrets() throws Exception {
        Client tea = nodes.get(0);
        for (String name : secrets) {
            String value = "v0-of-" + name;
            long at = System.nanoTime();
            tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v0").setSecretData(value));
            history.add(new Op(-1, 0, Kind.CREATE, name, "v0", value, null, null, at, System.nanoTime(), Outcome.OK,
                    200, null));
            acknowledged.put(name, new CopyOnWriteArrayList<>(List.of("v0")));
        }
    }

    /** Runs {@code threads} client threads of {@code opsEach} operations and waits for them (bounded). */
    void run(int threads, int opsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    clientThread(thread, opsEach);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Polls until the condition holds; fails if the workload ends first, or after a generous bound. */
    static void awaitWhileRunning(java.util.concurrent.CompletableFuture<Void> running,
                                  java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (running.isDone()) {
                throw new AssertionError("the workload ended before the fault could be injected");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited too long for the workload");
            }
            Thread.sleep(50);
        }
    }

    private void clientThread(int thread, int opsEach) {
        Random random = new Random(seed * 1_000 + thread);
        Map<String, String> ownTag = new HashMap<>();
        for (int i = 0; i < opsEach; i++) {
            String secret = secrets.get(random.nextInt(secrets.size()));
            int dice = random.nextInt(100);
            String id = "t" + thread + "-" + i;
            if (dice < 35) {
                String value = "value-" + id + "-" + UUID.randomUUID();
                call(thread, Kind.PUT, secret, id, value, null, null, tea -> {
                    tea.putSecretValue(new PutSecretValueRequest().setSecretName(secret).setVersionId(id)
                            .setSecretData(value));
                    return null;
                });
            } else if (dice < 50) {
                String version = pick(random, secret);
                call(thread, Kind.GET_VERSION, secret, version, null, null, null, tea -> tea.getSecretValue(
                        new GetSecretValueRequest().setSecretName(secret).setVersionId(version)).getBody()
                        .getSecretData());
            } else if (dice < 60) {
                call(thread, Kind.GET_CURRENT, secret, null, null, null, null, tea -> {
                    var body = tea.getSecretValue(new GetSecretValueRequest().setSecretName(secret)).getBody();
                    return body.getVersionId() + "=" + body.getSecretData();
                });
            } else if (dice < 68) {
                String version = pick(random, secret);
                call(thread, Kind.MOVE_CURRENT, secret, version, null, null, null, tea -> {
                    tea.updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName(secret)
                            .setVersionStage("ACSCurrent").setMoveToVersion(version));
                    return null;
                });
            } else if (dice < 83) {
                String mine = ownTag.get(secret);
                if (mine == null) {
                    String key = "k" + id;
                    String value = "tv" + i;
                    Outcome outcome = call(thread, Kind.TAG, secret, null, null, key, value, tea -> {
                        tea.tagResource(new TagResourceRequest().setSecretName(secret)
                                .setTags("[{\"TagKey\":\"" + key + "\",\"TagValue\":\"" + value + "\"}]"));
                        return null;
                    });
                    if (outcome != Outcome.FAILED) {
                        ownTag.put(secret, key);
                    }
                } else {
                    Outcome outcome = call(thread, Kind.UNTAG, secret, null, null, mine, null, tea -> {
                        tea.untagResource(new UntagResourceRequest().setSecretName(secret)
                                .setTagKeys("[\"" + mine + "\"]"));
                        return null;
                    });
                    if (outcome != Outcome.FAILED) {
                        ownTag.remove(secret);
                    }
                }
            } else if (dice < 88) {
                String name = "new-" + id;
                String value = "first-of-" + name;
                created.add(name);
                call(thread, Kind.CREATE, name, "v0", value, null, null, tea -> {
                    tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v0")
                            .setSecretData(value));
                    return null;
                });
            } else if (dice < 91) {
                call(thread, Kind.DELETE, secret, null, null, null, null, tea -> {
                    tea.deleteSecret(new DeleteSecretRequest().setSecretName(secret).setRecoveryWindowInDays("7"));
                    return null;
                });
            } else {
                call(thread, Kind.RESTORE, secret, null, null, null, null, tea -> {
                    tea.restoreSecret(new RestoreSecretRequest().setSecretName(secret));
                    return null;
                });
            }
        }
    }

    /** Mostly one of the newest acknowledged versions (those the 10-version rule must still keep), else any. */
    private String pick(Random random, String secret) {
        List<String> versions = acknowledged.get(secret);
        int size = versions.size();
        return random.nextInt(10) < 7 ? versions.get(Math.max(0, size - 1 - random.nextInt(Math.min(size, 5))))
                : versions.get(random.nextInt(size));
    }

    interface Request {
        String send(Client tea) throws Exception;
    }

    private Outcome call(int thread, Kind kind, String secret, String version, String value, String tagKey,
                         String tagValue, Request request) {
        int node = thread % nodes.length();
        if (down[node]) {
            node = (node + 1) % nodes.length();
        }
        long invoked = System.nanoTime();
        try {
            String read = request.send(nodes.get(node));
            history.add(new Op(thread, node, kind, secret, version, read != null ? read : value, tagKey, tagValue,
                    invoked, System.nanoTime(), Outcome.OK, 200, null));
            if (kind == Kind.PUT || kind == Kind.CREATE) {
                acknowledged.computeIfAbsent(secret, s -> new CopyOnWriteArrayList<>()).add(version);
            }
            return Outcome.OK;
        } catch (TeaException e) {
            int status = e.getStatusCode() == null ? 0 : e.getStatusCode();
            // a 4xx reply promises nothing happened; a 5xx or no reply leaves it open
            Outcome outcome = status >= 400 && status < 500 ? Outcome.FAILED : Outcome.UNKNOWN;
            history.add(new Op(thread, node, kind, secret, version, value, tagKey, tagValue, invoked,
                    System.nanoTime(), outcome, status, e.getCode()));
            return outcome;
        } catch (Exception e) {
            history.add(new Op(thread, node, kind, secret, version, value, tagKey, tagValue, invoked,
                    System.nanoTime(), Outcome.UNKNOWN, 0, e.getClass().getSimpleName()));
            return Outcome.UNKNOWN;
        }
    }

    /** What the service holds now, read through node 0 after every shared secret was restored. */
    Map<String, HistoryChecker.Stored> finalState() throws Exception {
        Client tea = nodes.get(0);
        List<String> all = new ArrayList<>(secrets);
        all.addAll(created);
        Map<String, HistoryChecker.Stored> state = new HashMap<>();
        for (String name : all) {
            try {
                tea.restoreSecret(new RestoreSecretRequest().setSecretName(name));
            } catch (TeaException notDeleted) {
                // Rejected.ResourceInUse (not pending deletion) or not found: both fine here
            }
            Map<String, List<String>> stages = new HashMap<>();
            try {
                var listed = tea.listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName(name)
                        .setIncludeDeprecated("true").setPageSize(100)).getBody();
                for (var v : listed.getVersionIds().getVersionId()) {
                    stages.put(v.getVersionId(), v.getVersionStages() == null ? List.of()
                            : List.copyOf(v.getVersionStages().getVersionStage()));
                }
            } catch (TeaException e) {
                if (e.getStatusCode() != null && e.getStatusCode() == 404) {
                    state.put(name, null);
                    continue;
                }
                throw e;
            }
            Map<String, String> values = new HashMap<>();
            for (String version : stages.keySet()) {
                values.put(version, tea.getSecretValue(new GetSecretValueRequest().setSecretName(name)
                        .setVersionId(version)).getBody().getSecretData());
            }
            Map<String, String> tags = new HashMap<>();
            var described = tea.describeSecret(new DescribeSecretRequest().setSecretName(name).setFetchTags("true"))
                    .getBody();
            if (described.getTags() != null && described.getTags().getTag() != null) {
                described.getTags().getTag().forEach(t -> tags.put(t.getTagKey(), t.getTagValue()));
            }
            state.put(name, new HistoryChecker.Stored(stages, values, tags));
        }
        return state;
    }
}
