package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.tea.TeaException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One event per call (allowed, denied or failed), no secret in any event, a fail-closed write, a tamper check. */
class AuditTrailSystemTest {
    private static final String CANARY = "AUDIT-CANARY-" + UUID.randomUUID();

    private interface Call {
        String run() throws Exception;
    }

    /** The RequestId of the call, whether it succeeded or was refused. */
    private static String requestId(Call call) throws Exception {
        try {
            return call.run();
        } catch (TeaException refused) {
            return String.valueOf(refused.getData().get("RequestId"));
        }
    }

    @Test
    void everyCallLeavesOneEventAndTheChainDetectsTampering() throws Exception {
        try (ServiceProcess service = ServiceProcess.start()) {
            Client root = new Clients(service).tea();
            service.cli("user", "create", "reader");
            Matcher key = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)")
                    .matcher(service.cli("access-key", "create", "--user", "reader"));
            assertThat(key.find()).isTrue();
            Client reader = new Clients(service).tea(key.group(1), key.group(2));

            List<String> ids = new ArrayList<>();
            ids.add(requestId(() -> root.createSecret(new CreateSecretRequest().setSecretName("audited")
                    .setVersionId("v1").setSecretData(CANARY)).getBody().getRequestId()));
            ids.add(requestId(() -> root.getSecretValue(new GetSecretValueRequest().setSecretName("audited"))
                    .getBody().getRequestId()));
            ids.add(requestId(() -> root.putSecretValue(new PutSecretValueRequest().setSecretName("audited")
                    .setVersionId("v2").setSecretData(CANARY + "-2")).getBody().getRequestId()));
            ids.add(requestId(() -> reader.getSecretValue(new GetSecretValueRequest().setSecretName("audited"))
                    .getBody().getRequestId()));
            ids.add(requestId(() -> root.getSecretValue(new GetSecretValueRequest().setSecretName("missing"))
                    .getBody().getRequestId()));
            ids.add(requestId(() -> root.createSecret(new CreateSecretRequest().setSecretName("bad name")
                    .setVersionId("v1").setSecretData(CANARY)).getBody().getRequestId()));

            Map<String, String> results = new java.util.HashMap<>();
            try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                    "select request_id, result, principal, action, resource from audit_events")) {
                while (rs.next()) {
                    assertThat(results.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5))).as("one event per request").isNull();
                }
            }
            assertThat(ids).allMatch(results::containsKey);
            assertThat(results.get(ids.get(0))).startsWith("Success root CreateSecret acs:kms:cn-hangzhou:")
                    .endsWith(":secret/audited");
            assertThat(results.get(ids.get(3))).startsWith("Forbidden.NoPermission reader GetSecretValue");
            assertThat(results.get(ids.get(4))).startsWith("Forbidden.ResourceNotFound root GetSecretValue");
            assertThat(results.get(ids.get(5))).startsWith("InvalidParameter root CreateSecret");

            String everyEvent;
            try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                    "select string_agg(t::text, E'\\n') from audit_events t")) {
                rs.next();
                everyEvent = rs.getString(1);
            }
            assertThat(everyEvent).doesNotContain(CANARY).doesNotContain(key.group(2))
                    .doesNotContain(ServiceProcess.ACCESS_KEY_SECRET);

            assertThat(service.cli("audit", "verify")).contains("audit trail intact");
            assertThat(service.cli("audit", "search", "--user", "reader")).contains("Forbidden.NoPermission");
            String tail = service.cli("audit", "tail", "-n", "3");
            assertThat(tail.lines().count()).as(tail).isEqualTo(3);

            try (Connection c = service.sql()) {
                c.createStatement().executeUpdate("update audit_events set result = 'Success' "
                        + "where request_id = '" + ids.get(3) + "'");
            }
            assertThatThrownBy(() -> service.cli("audit", "verify")).hasMessageContaining("audit trail BROKEN");
        }
    }

    @Test
    void aChangeWhoseEventCannotBeWrittenDoesNotHappen() throws Exception {
        try (ServiceProcess service = ServiceProcess.start()) {
            Client root = new Clients(service).tea();
            root.createSecret(new CreateSecretRequest().setSecretName("fail-closed").setVersionId("v1")
                    .setSecretData("one"));
            try (Connection c = service.sql()) {
                c.createStatement().execute("alter table audit_events add constraint refuse_puts "
                        + "check (action <> 'PutSecretValue' or result <> 'Success')");
            }
            TeaException e = org.assertj.core.api.Assertions.catchThrowableOfType(TeaException.class, () ->
                    root.putSecretValue(new PutSecretValueRequest().setSecretName("fail-closed").setVersionId("v2")
                            .setSecretData("two")));
            assertThat(e.getCode()).isEqualTo("InternalFailure");
            assertThat(root.getSecretValue(new GetSecretValueRequest().setSecretName("fail-closed")).getBody()
                    .getSecretData()).as("the version was not written without its event").isEqualTo("one");
            try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from secret_versions")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /**
     * audit export writes every sealed event once, in chain order, as JSON whose link a downstream system recomputes
     * from the documented canonical form alone; it resumes after a position, and --follow streams new events.
     */
    @Test
    void theExportCarriesTheChainAndResumesAndFollows() throws Exception {
        try (ServiceProcess service = ServiceProcess.start()) {
            Client root = new Clients(service).tea();
            for (int i = 0; i < 5; i++) {
                root.createSecret(new CreateSecretRequest().setSecretName("exported-" + i).setVersionId("v1")
                        .setSecretData(CANARY));
            }
            assertThat(service.cli("audit", "verify")).contains("intact");   // seals everything so far
            List<com.fasterxml.jackson.databind.JsonNode> all = jsonLines(service.cli("audit", "export"));
            assertThat(all).hasSizeGreaterThanOrEqualTo(5);
            byte[] link = new byte[32];
            long position = 0;
            for (com.fasterxml.jackson.databind.JsonNode event : all) {
                assertThat(event.path("position").asLong()).isEqualTo(++position);
                link = downstreamLink(link, event);
                assertThat(java.util.HexFormat.of().formatHex(link)).isEqualTo(event.path("link").asText());
                assertThat(event.toString()).doesNotContain(CANARY);
            }
            assertThat(all).extracting(e -> e.path("action").asText()).contains("CreateSecret");

            long middle = all.get(2).path("position").asLong();
            List<com.fasterxml.jackson.databind.JsonNode> rest = jsonLines(service.cli("audit", "export", "--after",
                    String.valueOf(middle)));
            assertThat(rest).extracting(e -> e.path("position").asLong())
                    .containsExactlyElementsOf(all.subList(3, all.size()).stream()
                            .map(e -> e.path("position").asLong()).toList());
            assertThat(jsonLines(service.cli("audit", "export", "--since", all.get(0).path("at").asText(),
                    "--until", "2000-01-01T00:00:00Z"))).isEmpty();

            Process follower = service.startAdmin(Map.of(), "audit", "export", "--follow", "--after",
                    String.valueOf(position));
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    follower.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                String requestId = root.createSecret(new CreateSecretRequest().setSecretName("followed")
                        .setVersionId("v1").setSecretData(CANARY)).getBody().getRequestId();
                String line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return lines.readLine();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).get(Patience.of(java.time.Duration.ofSeconds(60)).toSeconds(),
                        java.util.concurrent.TimeUnit.SECONDS);   // a follower that never writes fails, not hangs
                com.fasterxml.jackson.databind.JsonNode next = JSON.readTree(line);
                assertThat(next.path("position").asLong()).isEqualTo(position + 1);
                assertThat(next.path("requestId").asText()).isEqualTo(requestId);
                assertThat(java.util.HexFormat.of().formatHex(downstreamLink(link, next)))
                        .isEqualTo(next.path("link").asText());
            } finally {
                follower.destroyForcibly();
                follower.waitFor();
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static List<com.fasterxml.jackson.databind.JsonNode> jsonLines(String output) throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** The README's recipe, written independently of the service: SHA-256(previous link || canonical event). */
    private static byte[] downstreamLink(byte[] previous, com.fasterxml.jackson.databind.JsonNode event)
            throws Exception {
        StringBuilder canonical = new StringBuilder("audit-v1");
        for (String field : new String[] {event.path("atEpochMillis").asText(), event.path("requestId").asText(),
                event.path("action").asText(), event.path("resource").asText(), event.path("result").asText(),
                event.path("accessKeyId").asText(), event.path("principal").asText(), event.path("sourceIp").asText(),
                event.path("userAgent").asText()}) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(previous);
        sha.update(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return sha.digest();
    }
}
