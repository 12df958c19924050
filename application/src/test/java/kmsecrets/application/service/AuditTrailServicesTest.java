package kmsecrets.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.in.GetAuditTrailStatusQuery;
import kmsecrets.application.port.in.ListAuditEventsQuery;
import kmsecrets.application.port.out.RecordingAuditLog;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.error.NotAuthorized;
import org.junit.jupiter.api.Test;

/**
 * ListAuditEvents and GetAuditTrailStatus: each needs its own {@code kms:} action on the audit trail's ARN (a user
 * allowed everything on secrets and keys may not read the trail), and passes every filter to the store.
 */
class AuditTrailServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");
    private static final Region REGION = new Region("cn-hangzhou");
    private static final Caller ROOT = new Caller(ACCOUNT, "root", "LTAIroot", true);
    private static final Caller AUDITOR = new Caller(ACCOUNT, "auditor", "LTAIauditor", false);
    private static final Caller OPERATOR = new Caller(ACCOUNT, "operator", "LTAIoperator", false);

    private final RecordingAuditLog log = new RecordingAuditLog();
    private final Authorization authorization = new Authorization((account, principal) -> switch (principal) {
        case "auditor" -> List.of(allow(List.of("kms:ListAuditEvents", "kms:GetAuditTrailStatus"),
                "acs:kms:cn-hangzhou:1234567890123456:audit"));
        case "operator" -> List.of(allow(List.of("kms:*Secret*", "kms:*Key*"), "*"));
        default -> List.of();
    }, new MutableClock(NOW));
    private final ListAuditEventsService list = new ListAuditEventsService(log, authorization, REGION);
    private final GetAuditTrailStatusService status = new GetAuditTrailStatusService(log, Fixture.PLAIN_WRAPPING,
            authorization, REGION);

    private static PolicyDocument allow(List<String> actions, String resource) {
        return PolicyDocument.read(Map.of("Version", "1", "Statement", Map.of("Effect", "Allow", "Action", actions,
                "Resource", resource)));
    }

    private static AuditEvent event(int second, String action, String principal, String result) {
        return new AuditEvent(NOW.plusSeconds(second), "req-" + second, action, "arn", result, "LTAIx", principal,
                "127.0.0.1", "ua");
    }

    private static ListAuditEventsQuery query(Caller caller, Optional<String> user, Optional<String> result) {
        return new ListAuditEventsQuery(caller, Optional.of(NOW), Optional.of(NOW.plusSeconds(10)),
                Optional.of("GetSecretValue"), user, result, 10);
    }

    @Test
    void anAuditorReadsTheTrailWithEveryFilterApplied() {
        log.append(event(1, "GetSecretValue", "alice", AuditEvent.SUCCESS));
        log.append(event(2, "GetSecretValue", "alice", "Forbidden.NoPermission"));
        log.append(event(3, "GetSecretValue", "bob", "Forbidden.NoPermission"));
        log.append(event(4, "DeleteSecret", "alice", "Forbidden.NoPermission"));
        log.append(event(11, "GetSecretValue", "alice", "Forbidden.NoPermission"));
        assertThat(list.list(query(AUDITOR, Optional.of("alice"), Optional.of("Failure"))))
                .extracting(AuditEvent::requestId).containsExactly("req-2");
        assertThat(list.list(query(ROOT, Optional.empty(), Optional.empty())))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2", "req-1");
    }

    @Test
    void readingTheTrailNeedsItsOwnActionsEvenForAUserAllowedEverythingElse() {
        assertThatThrownBy(() -> list.list(query(OPERATOR, Optional.empty(), Optional.empty())))
                .isInstanceOf(NotAuthorized.class);
        assertThatThrownBy(() -> status.status(new GetAuditTrailStatusQuery(OPERATOR)))
                .isInstanceOf(NotAuthorized.class);
        assertThat(status.status(new GetAuditTrailStatusQuery(AUDITOR)).intact()).isTrue();
    }

    @Test
    void theStatusSealsWhatIsCommittedAndFindsATamperedEvent() {
        log.append(event(1, "GetSecretValue", "alice", AuditEvent.SUCCESS));
        log.append(event(2, "PutSecretValue", "alice", AuditEvent.SUCCESS));
        var intact = status.status(new GetAuditTrailStatusQuery(ROOT));
        assertThat(intact.intact()).isTrue();
        assertThat(intact.checked()).isEqualTo(2);
        log.tamper(1, event(1, "GetSecretValue", "mallory", AuditEvent.SUCCESS));
        var broken = status.status(new GetAuditTrailStatusQuery(ROOT));
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenPosition()).contains(1L);
    }
}
