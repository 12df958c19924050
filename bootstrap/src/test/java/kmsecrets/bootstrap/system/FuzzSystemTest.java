package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No input breaks it: seeded random requests over every implemented action, most of them correctly signed (so they
 * pass authentication and reach the action) with mutated values: control characters, invalid UTF-8, very long
 * values, numbers out of range, malformed or deeply nested JSON, parameters missing or given twice; the rest
 * unsigned, wrongly signed or garbled below the signature. Every reply must be a 4xx or 200 carrying a RequestId
 * (and a Code when it is an error) in JSON, or XML when asked; none may take 10 s; the log holds no stack trace.
 * <p>
 * Longer run: {@code KMS_FUZZ_REQUESTS=100000 ./mvnw verify -pl bootstrap -am -Dit.test=FuzzSystemTest
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} ({@code KMS_FUZZ_SEED} picks another sequence).
 */
@Tag("slow")
class FuzzSystemTest {
    private static final int REQUESTS = Integer.parseInt(System.getenv().getOrDefault("KMS_FUZZ_REQUESTS", "5000"));
    private static final long SEED = Long.parseLong(System.getenv().getOrDefault("KMS_FUZZ_SEED", "20261202"));
    private static final int THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMutatedRequestGetsAClearAnswer() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(Map.of("KMS_THROTTLE_RPS", "1000000"))) {
            Client tea = SecretsWorkload.client(service);
            String keyId = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            tea.createSecret(new CreateSecretRequest().setSecretName("fz-secret").setVersionId("v1")
                    .setSecretData("fuzz-value"));
            String blob = tea.encrypt(new EncryptRequest().setKeyId(keyId).setPlaintext("aGVsbG8="))
                    .getBody().getCiphertextBlob();
            Map<String, Map<String, String>> templates = templates(keyId, blob);
            RawRpc rpc = new RawRpc(service);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLong slowest = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    Random random = new Random(SEED + thread);
                    List<String> actions = new ArrayList<>(templates.keySet());
                    for (int i = thread; i < REQUESTS; i += THREADS) {
                        String action = actions.get(random.nextInt(actions.size()));
                        String query = request(random, rpc, action, templates.get(action));
                        long started = System.nanoTime();
                        HttpResponse<String> reply;
                        try {
                            // in a form body: a URL could not carry the broken escapes at all
                            reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                            + service.httpPort + "/")).timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            problems.add(action + ": no reply within 10 s (" + e.getClass().getSimpleName()
                                    + ") to " + abbreviated(query));
                            continue;
                        }
                        slowest.accumulateAndGet(System.nanoTime() - started, Math::max);
                        statuses.computeIfAbsent(action + " " + reply.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                        String problem = judge(reply);
                        if (problem != null) {
                            problems.add(action + ": " + problem + " for " + abbreviated(query));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.MINUTES);
            }
            pool.shutdown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            statuses.forEach((k, v) -> byStatus.merge(Integer.parseInt(k.substring(k.indexOf(' ') + 1)), v.get(),
                    Integer::sum));
            System.out.println("FuzzSystemTest: " + REQUESTS + " requests over " + templates.size()
                    + " actions, seed " + SEED + "; statuses " + byStatus + "; slowest "
                    + TimeUnit.NANOSECONDS.toMillis(slowest.get()) + " ms");
            assertThat(problems).as("replies that break the rules").isEmpty();
            assertThat(statuses.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().count())
                    .as("actions reached").isEqualTo(templates.size());
            assertThat(byStatus).as("some requests succeed, so mutations reach the actions").containsKey(200);
            assertThat(service.output()).as("no stack trace in the log").doesNotContain("\tat ")
                    .doesNotContain("Exception:");
        }
    }

    /** Null when the reply is well-formed; else what is wrong with it. */
    private static String judge(HttpResponse<String> reply) {
        if (reply.statusCode() >= 500) {
            return "status " + reply.statusCode() + " " + reply.body();
        }
        String type = reply.headers().firstValue("content-type").orElse("");
        String body = reply.body();
        if (type.contains("xml")) {
            if (!body.contains("<RequestId>") || reply.statusCode() != 200 && !body.contains("<Code>")) {
                return "XML reply without RequestId or Code: " + body;
            }
            return null;
        }
        try {
            Map<?, ?> parsed = JSON.readValue(body, Map.class);
            if (!(parsed.get("RequestId") instanceof String)
                    || reply.statusCode() != 200 && !(parsed.get("Code") instanceof String)) {
                return "JSON reply without RequestId or Code: " + body;
            }
            return null;
        } catch (Exception e) {
            return "reply is not JSON: " + body;
        }
    }

    /** One request: mostly a signed mutation of the action's template, sometimes broken below the signature. */
    private static String request(Random random, RawRpc rpc, String action, Map<String, String> template) {
        Map<String, String> params = new LinkedHashMap<>(template);
        params.put("Action", action);
        int mutations = 1 + random.nextInt(3);
        List<String> names = new ArrayList<>(params.keySet());
        names.addAll(List.of("PageSize", "PageNumber", "Tags", "Filters", "VersionStage", "Format", "DryRun",
                "SecretsList", "ExtendedConfig", "NumberOfBytes", "PasswordLength", "RotationInterval"));
        for (int m = 0; m < mutations; m++) {
            String name = names.get(random.nextInt(names.size()));
            if (name.equals("Action") && random.nextInt(4) != 0) {
                continue;
            }
            if (random.nextInt(10) == 0) {
                params.remove(name);
            } else {
                params.put(name, mutatedText(random));
            }
        }
        try {
            int kind = random.nextInt(20);
            if (kind == 0) {
                return rpc.signedQuery(params) + "&" + rawGarbage(random);
            }
            if (kind == 1) {
                return rpc.signedQuery(params).replaceFirst("Signature=[^&]*", "Signature=bm90LWEtc2lnbmF0dXJl");
            }
            if (kind == 2) {
                return "Action=" + action + "&" + rawGarbage(random);
            }
            if (kind == 3) {
                String duplicate = names.get(random.nextInt(names.size()));
                return rpc.signedQuery(params) + "&" + duplicate + "=" + UUID.randomUUID();
            }
            return rpc.signedQuery(params, UUID.randomUUID().toString(), Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value a careless or hostile client might send (valid UTF-16 text; signing encodes it). */
    private static String mutatedText(Random random) {
        switch (random.nextInt(14)) {
            case 0: {
                StringBuilder controls = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    controls.append((char) random.nextInt(0x20));
                }
                return "x" + controls + "y";
            }
            case 1:
                return "\u0000";
            case 2:
                return "a".repeat(1 + random.nextInt(100_000));
            case 3:
                return List.of("-1", "0", "2147483648", "99999999999999999999", "1e3", "0x10", " 7", "NaN")
                        .get(random.nextInt(8));
            case 4:
                return List.of("[null]", "null", "{", "[{\"TagKey\":null}]", "[{\"Key\":null,\"Values\":[1]}]",
                        "{\"a\":", "[]", "{}", "[[[]]]", "\"text\"", "[{\"TagKey\":\"k\",\"TagValue\":{}}]",
                        "[{\"TagKey\":\"k\\u0000\",\"TagValue\":\"v\"}]").get(random.nextInt(12));
            case 5:
                return "[".repeat(500) + "]".repeat(500);
            case 6:
                return "\uD83D\uDD11 \u202Ertl \uFEFF";
            case 7:
                return "";
            case 8:
                return "true";
            case 9:
                return "acs:kms:cn-hangzhou:1234567890123456:secret/" + "x".repeat(random.nextInt(300));
            case 10:
                return "%00%FE" + random.nextInt(1000);
            case 11:
                return "'; drop table secrets; --";
            case 12:
                return "{\"SecretSubType\":\"DoubleUsers\",\"DBInstanceId\":\"" + "z".repeat(random.nextInt(2000))
                        + "\"}";
            default: {
                StringBuilder any = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    any.append((char) (1 + random.nextInt(0x2FF)));
                }
                return any.toString();
            }
        }
    }

    /** Bytes below the signature: broken escapes, invalid UTF-8, NUL, lone surrogates, a parameter given twice. */
    private static String rawGarbage(Random random) {
        return List.of("Description=%FE", "KeyId=%C3", "X=%", "SecretName=%G1", "SignatureNonce=%00",
                "AccessKeyId=%ED%A0%80", "PageNumber=%FF%FE", "%FF=1", "Version=2016-01-20&Version=2017",
                "SecretName=%0A%0D", "Tags=%5B%00%5D").get(random.nextInt(11));
    }

    private static String abbreviated(String query) {
        return query.length() > 300 ? query.substring(0, 300) + "..." : query;
    }

    /** A valid request of every implemented action (values the fuzzer then mutates). */
    private static Map<String, Map<String, String>> templates(String keyId, String blob) {
        String tags = "[{\"TagKey\":\"k1\",\"TagValue\":\"v1\"}]";
        Map<String, Map<String, String>> t = new TreeMap<>();
        t.put("CreateSecret", Map.of("SecretName", "fz-new", "VersionId", "v1", "SecretData", "s",
                "Description", "d", "Tags", tags));
        t.put("GetSecretValue", Map.of("SecretName", "fz-secret", "VersionStage", "ACSCurrent"));
        t.put("BatchGetSecretValue", Map.of("SecretsList", "[\"fz-secret\"]"));
        t.put("PutSecretValue", Map.of("SecretName", "fz-secret", "VersionId", "v2", "SecretData", "s2",
                "VersionStages", "[\"ACSCurrent\"]"));
        t.put("UpdateSecretVersionStage", Map.of("SecretName", "fz-secret", "VersionStage", "custom",
                "MoveToVersion", "v1"));
        t.put("ListSecretVersionIds", Map.of("SecretName", "fz-secret", "IncludeDeprecated", "true",
                "PageSize", "10", "PageNumber", "1"));
        t.put("DescribeSecret", Map.of("SecretName", "fz-secret", "FetchTags", "true"));
        t.put("UpdateSecret", Map.of("SecretName", "fz-secret", "Description", "new"));
        t.put("ListSecrets", Map.of("FetchTags", "true", "PageSize", "5",
                "Filters", "[{\"Key\":\"SecretName\",\"Values\":[\"fz\",\"x\"]}]"));
        t.put("DeleteSecret", Map.of("SecretName", "fz-new", "RecoveryWindowInDays", "7"));
        t.put("RestoreSecret", Map.of("SecretName", "fz-new"));
        t.put("TagResource", Map.of("SecretName", "fz-secret", "Tags", tags));
        t.put("UntagResource", Map.of("SecretName", "fz-secret", "TagKeys", "[\"k1\"]"));
        t.put("TagResources", Map.of("ResourceType", "secret", "ResourceId.1", "fz-secret", "Tag.1.Key", "a",
                "Tag.1.Value", "b"));
        t.put("UntagResources", Map.of("ResourceType", "secret", "ResourceId.1", "fz-secret", "TagKey.1", "a"));
        t.put("ListTagResources", Map.of("ResourceType", "secret", "ResourceId.1", "fz-secret"));
        t.put("RotateSecret", Map.of("SecretName", "fz-secret", "VersionId", "r1"));
        t.put("UpdateSecretRotationPolicy", Map.of("SecretName", "fz-secret", "EnableAutomaticRotation", "true",
                "RotationInterval", "7d"));
        t.put("GetRandomPassword", Map.of("PasswordLength", "32", "ExcludeCharacters", "ab"));
        t.put("CreateKey", Map.of("Description", "fz", "KeySpec", "Aliyun_AES_256"));
        t.put("DescribeKey", Map.of("KeyId", keyId));
        t.put("ListKeys", Map.of("PageSize", "10"));
        t.put("EnableKey", Map.of("KeyId", keyId));
        t.put("DisableKey", Map.of("KeyId", "key-does-not-exist"));
        t.put("ScheduleKeyDeletion", Map.of("KeyId", "key-does-not-exist", "PendingWindowInDays", "7"));
        t.put("CancelKeyDeletion", Map.of("KeyId", keyId));
        t.put("UpdateKeyDescription", Map.of("KeyId", keyId, "Description", "d"));
        t.put("Encrypt", Map.of("KeyId", keyId, "Plaintext", "aGVsbG8=", "EncryptionContext", "{\"a\":\"b\"}"));
        t.put("Decrypt", Map.of("CiphertextBlob", blob));
        t.put("GenerateDataKey", Map.of("KeyId", keyId, "NumberOfBytes", "32"));
        t.put("GenerateDataKeyWithoutPlaintext", Map.of("KeyId", keyId, "KeySpec", "AES_128"));
        t.put("ReEncrypt", Map.of("CiphertextBlob", blob, "DestinationKeyId", keyId));
        t.put("CreateAlias", Map.of("AliasName", "alias/fz", "KeyId", keyId));
        t.put("UpdateAlias", Map.of("AliasName", "alias/fz", "KeyId", keyId));
        t.put("DeleteAlias", Map.of("AliasName", "alias/fz-gone"));
        t.put("ListAliases", Map.of("PageSize", "10"));
        t.put("ListAliasesByKeyId", Map.of("KeyId", keyId));
        t.put("CreateKeyVersion", Map.of("KeyId", keyId));
        t.put("ListKeyVersions", Map.of("KeyId", keyId));
        t.put("DescribeKeyVersion", Map.of("KeyId", keyId, "KeyVersionId", "nope"));
        t.put("UpdateRotationPolicy", Map.of("KeyId", keyId, "EnableAutomaticRotation", "false"));
        t.put("ListResourceTags", Map.of("KeyId", keyId));
        t.put("DescribeRegions", Map.of());
        return t;
    }
}
