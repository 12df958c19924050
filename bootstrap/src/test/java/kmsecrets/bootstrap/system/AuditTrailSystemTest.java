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
}
