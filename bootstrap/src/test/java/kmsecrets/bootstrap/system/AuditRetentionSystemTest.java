package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With KMS_AUDIT_RETENTION_DAYS=1 a node drops the days sealed before today as whole partitions, keeps a checkpoint
 * of the chain at the cut, and audit verify checks the rest from it; a forged checkpoint is caught. (The events are
 * moved to yesterday's partition in the database: a test cannot wait a day.)
 */
class AuditRetentionSystemTest {
    private static final Pattern INTACT = Pattern.compile("audit trail intact: (\\d+) events");

    @Test
    void daysBeforeTheRetentionAreDroppedAndTheRestVerifiesFromTheCheckpoint() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(Map.of("KMS_AUDIT_RETENTION_DAYS", "1",
                "KMS_PURGE_INTERVAL_SECONDS", "1"))) {
            Client tea = new Clients(service).tea();
            tea.createSecret(new CreateSecretRequest().setSecretName("retained").setVersionId("v1")
                    .setSecretData("value"));
            for (int i = 0; i < 5; i++) {
                tea.getSecretValue(new GetSecretValueRequest().setSecretName("retained"));
            }
            Matcher before = INTACT.matcher(service.cli("audit", "verify"));   // seals all so far
            assertThat(before.find()).isTrue();
            long sealedYesterday = Long.parseLong(before.group(1));

            // the store of the days before partitioning (empty in a new database) goes first: it ends today
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Poll.until("the empty store from before partitioning is dropped", () -> {
                try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                        "select to_regclass('audit_events_until_" + DateTimeFormatter.BASIC_ISO_DATE.format(today)
                                + "') is null")) {
                    return rs.next() && rs.getBoolean(1);
                }
            });
            // yesterday's partition, and the events sealed so far moved into it, in one transaction
            LocalDate yesterday = today.minusDays(1);
            String partition = "audit_events_" + DateTimeFormatter.BASIC_ISO_DATE.format(yesterday);
            try (Connection c = service.sql(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("create table " + partition + " (like audit_events including defaults including "
                        + "constraints)");
                s.execute("alter table audit_events attach partition " + partition + " for values from ('"
                        + yesterday + "') to ('" + today + "')");
                assertThat(s.executeUpdate("update audit_events set sealed_on = '" + yesterday + "' "
                        + "where sealed_on <> 'infinity'")).isEqualTo(sealedYesterday);
                c.commit();
            }
            tea.getSecretValue(new GetSecretValueRequest().setSecretName("retained"));   // today's

            Poll.until("yesterday's partition is dropped", () -> {
                try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                        "select to_regclass('" + partition + "') is null")) {
                    return rs.next() && rs.getBoolean(1);
                }
            });
            try (Connection c = service.sql(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select to_regclass('" + partition + "') is null, "
                        + "(select count(*) from audit_checkpoints), (select min(chain_position) from audit_events "
                        + "where sealed_on <> 'infinity')")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).as("the day's partition is gone").isTrue();
                    assertThat(rs.getLong(2)).isEqualTo(1);
                }
            }
            String verified = service.cli("audit", "verify");
            assertThat(verified).contains("audit trail intact", "checked from the checkpoint at chain position "
                    + sealedYesterday, "cut before " + LocalDate.now(ZoneOffset.UTC));
            assertThat(service.cli("audit", "export")).doesNotContain("\"position\":" + sealedYesterday + ",")
                    .contains("\"position\":" + (sealedYesterday + 1) + ",");

            try (Connection c = service.sql(); Statement s = c.createStatement()) {
                s.executeUpdate("update audit_checkpoints set link = sha256(link)");   // a forged head
            }
            ServiceProcess.Run forged = service.admin(Map.of(), "audit", "verify");
            assertThat(forged.exit()).isEqualTo(1);
            assertThat(forged.text()).contains("audit trail BROKEN at chain position " + sealedYesterday);
        }
    }
}
