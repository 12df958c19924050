package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an operator sees: Prometheus metrics at /metrics after some traffic (requests by action and code with
 * latency histograms, the pool, the audit sealer, JVM and process), and the log as one JSON object a line with an
 * access line per request. Neither carries a secret's name or value, nor a label a caller could choose.
 */
class MetricsAndLogsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_LOG_FORMAT", "json"));

    @Test
    void metricsAndTheAccessLogDescribeTheTrafficWithoutItsSecrets() throws Exception {
        String name = "canary-name-" + UUID.randomUUID();
        String value = "canary-value-" + UUID.randomUUID();
        var tea = node.clients().tea();
        tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData(value));
        for (int i = 0; i < 3; i++) {
            assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody().getSecretData())
                    .isEqualTo(value);
        }
        assertThatThrownBy(() -> tea.getSecretValue(new GetSecretValueRequest().setSecretName(name + "-missing")))
                .hasMessageContaining("code: 404");
        RawRpc raw = new RawRpc(node.service());
        String minted = "Minted" + UUID.randomUUID().toString().replace("-", "");
        assertThat(raw.get("/?Action=" + minted + "&Version=2016-01-20").statusCode()).isEqualTo(404);

        HttpResponse<String> scraped = raw.get("/metrics");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String metrics = scraped.body();
        assertThat(count(metrics, "CreateSecret", "OK")).isEqualTo(1);
        assertThat(count(metrics, "GetSecretValue", "OK")).isEqualTo(3);
        assertThat(count(metrics, "GetSecretValue", "Forbidden.ResourceNotFound")).isEqualTo(1);
        assertThat(count(metrics, "Unknown", "InvalidAction.NotFound")).isEqualTo(1);
        assertThat(metrics).contains("kms_requests_seconds_bucket{action=\"GetSecretValue\",code=\"OK\",le=",
                "hikaricp_connections_active", "hikaricp_connections_pending", "hikaricp_connections_acquire_seconds",
                "kms_audit_unsealed_events", "kms_audit_oldest_unsealed_seconds", "kms_secrets_rotation_due",
                "kms_keys_pending_deletion", "jvm_memory_used_bytes", "process_cpu_usage", "jvm_gc_pause_seconds");
        assertThat(metrics).doesNotContain(name, value, minted);
        // read from the database: numbers, not the NaN of a gauge whose source was collected
        assertThat(gauge(metrics, "kms_audit_unsealed_events")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(gauge(metrics, "kms_audit_oldest_unsealed_seconds")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(gauge(metrics, "kms_secrets_rotation_due")).isZero();
        assertThat(gauge(metrics, "kms_keys_pending_deletion")).isZero();
        // the batched writes of the reads: every signed request claimed a nonce, the GetSecretValue events
        assertThat(gauge(metrics, "kms_nonce_writes_seconds_count")).isPositive();
        assertThat(gauge(metrics, "kms_nonce_writes_rows_total")).isGreaterThanOrEqualTo(5);
        assertThat(gauge(metrics, "kms_audit_writes_seconds_count")).isPositive();
        assertThat(gauge(metrics, "kms_audit_writes_seconds_sum")).isPositive();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : node.service().output().lines().filter(l -> l.startsWith("{")).toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).as("the log is JSON lines").isNotEmpty();
        List<JsonNode> access = lines.stream().filter(l -> "kmsecrets.access".equals(l.path("loggerName").asText()))
                .toList();
        assertThat(access).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("INFO");
            assertThat(kv(line, "action")).isEqualTo("GetSecretValue");
            assertThat(kv(line, "outcome")).isEqualTo("OK");
            assertThat(kv(line, "status")).isEqualTo("200");
            assertThat(kv(line, "accessKeyId")).isEqualTo(ServiceProcess.ACCESS_KEY_ID);
            assertThat(kv(line, "RequestId")).isNotEmpty();
            assertThat(Double.parseDouble(kv(line, "durationMs"))).isPositive();
        });
        assertThat(access).anySatisfy(line -> assertThat(kv(line, "outcome"))
                .isEqualTo("Forbidden.ResourceNotFound"));
        assertThat(node.service().output()).doesNotContain(value).doesNotContain(minted);
    }

    /** How many requests of this action and code the histogram counted. */
    private static long count(String metrics, String action, String code) {
        Matcher m = Pattern.compile("^kms_requests_seconds_count\\{action=\"" + Pattern.quote(action) + "\",code=\""
                + Pattern.quote(code) + "\"} ([0-9.]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("^" + name + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** A key-value pair the access line carries (logback's JSON: kvpList, a list of one-entry objects). */
    private static String kv(JsonNode line, String key) {
        for (JsonNode pair : line.path("kvpList")) {
            if (pair.has(key)) {
                return pair.get(key).asText();
            }
        }
        return "";
    }
}
