package kmsecrets.adapter.rest.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import kmsecrets.adapter.rest.action.RestoreSecretAction;
import kmsecrets.adapter.rest.slice.RestSlice.Reply;
import kmsecrets.application.port.in.RestoreSecretCommand;
import kmsecrets.domain.error.DomainException;
import kmsecrets.domain.error.Reason;
import kmsecrets.domain.secret.SecretName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal the core can give, and every refusal of the request pipeline, as the client sees it over HTTP:
 * status, Alibaba Code, a Message, the RequestId; never a stack trace, never the text of an unexpected failure.
 */
class ErrorRepliesSliceTest {
    private static final String CANARY = "canary-9f1c-not-for-clients";

    /** A refusal with a given reason, as any use case would throw it. */
    private static final class Refusal extends DomainException {
        Refusal(Reason reason) {
            super(reason, "refused (" + reason + ")");
        }
    }

    /** The table the API reference gives, one row per Reason: a new Reason fails here until it is added. */
    private static final Map<Reason, List<Object>> EXPECTED = Map.ofEntries(
            Map.entry(Reason.INVALID_VALUE, List.of(400, "InvalidParameter")),
            Map.entry(Reason.NOT_AUTHORIZED, List.of(403, "Forbidden.NoPermission")),
            Map.entry(Reason.NOT_FOUND, List.of(404, "Forbidden.ResourceNotFound")),
            Map.entry(Reason.ALREADY_EXISTS, List.of(409, "Rejected.ResourceExist")),
            Map.entry(Reason.IN_DELETION_WINDOW, List.of(409, "Rejected.ResourceInDeleteWindow")),
            Map.entry(Reason.NOT_IN_DELETION_WINDOW, List.of(409, "Rejected.ResourceInUse")),
            Map.entry(Reason.QUOTA_EXCEEDED, List.of(400, "Rejected.LimitExceeded")),
            Map.entry(Reason.UNSUPPORTED_OPERATION, List.of(400, "Rejected.UnsupportedOperation")),
            Map.entry(Reason.KEY_NOT_FOUND, List.of(404, "Forbidden.KeyNotFound")),
            Map.entry(Reason.KEY_STATE_CONFLICT, List.of(409, "Rejected.StateModifiedFailed")),
            Map.entry(Reason.KEY_DISABLED, List.of(409, "Rejected.Disabled")),
            Map.entry(Reason.KEY_PENDING_DELETION, List.of(409, "Rejected.PendingDeletion")),
            Map.entry(Reason.KEY_VERSION_NOT_FOUND, List.of(404, "Forbidden.KeyVersionNotFound")),
            Map.entry(Reason.ALIAS_NOT_FOUND, List.of(404, "Forbidden.AliasNotFound")),
            Map.entry(Reason.ALIAS_EXISTS, List.of(400, "AliasAlreadyExists")),
            Map.entry(Reason.ROTATION_IN_PROGRESS, List.of(409, "Rejected.ResourceInUse")),
            Map.entry(Reason.ROTATION_THROTTLED, List.of(429, "Rejected.Throttling")),
            Map.entry(Reason.ROTATION_FAILED, List.of(500, "InternalFailure")),
            Map.entry(Reason.UNAVAILABLE, List.of(503, "ServiceUnavailableTemporary")));

    private static RestSlice throwing(Supplier<RuntimeException> failure) throws Exception {
        return new RestSlice(List.of(new RestoreSecretAction(c -> {
            throw failure.get();
        })));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reason.class)
    void everyReasonHasItsStatusAndCode(Reason reason) throws Exception {
        assertThat(EXPECTED).as("a row for " + reason).containsKey(reason);
        try (RestSlice slice = throwing(() -> new Refusal(reason))) {
            Reply reply = slice.call("RestoreSecret", Map.of("SecretName", "a"));
            assertThat(reply.status()).isEqualTo(EXPECTED.get(reason).get(0));
            assertThat(reply.code()).isEqualTo(EXPECTED.get(reason).get(1));
            assertThat(reply.field("RequestId")).isNotBlank();
            assertThat(reply.field("Message")).isNotBlank();
            if (reason == Reason.UNAVAILABLE) {
                assertThat(slice.audited).as("nothing to write the event to").isEmpty();
            } else {
                assertThat(slice.audited).extracting(RestSlice.Audited::result).containsExactly(reply.code());
            }
        }
    }

    @Test
    void anUnexpectedFailureIsAnInternalFailureThatQuotesNothing() throws Exception {
        try (RestSlice slice = throwing(() -> new IllegalStateException(CANARY))) {
            Reply reply = slice.call("RestoreSecret", Map.of("SecretName", "a"));
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.code()).isEqualTo("InternalFailure");
            assertThat(reply.text()).doesNotContain(CANARY).doesNotContain("IllegalStateException")
                    .doesNotContain("at kmsecrets");
        }
    }

    @Test
    void aCommandRefusedByItsConstraintsIsInvalidParameterAndNeverReachesTheUseCase() throws Exception {
        var reached = new AtomicReference<RestoreSecretCommand>();
        try (RestSlice slice = new RestSlice(List.of(new RestoreSecretAction(c -> {
            reached.set(c);
            return new SecretName("a");
        })))) {
            Reply reply = slice.call("RestoreSecret", Map.of());
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("MissingParameter");
            assertThat(reached.get()).isNull();
        }
    }

    static List<Arguments> pipelineRefusals() {
        return List.of(
                Arguments.of("an unknown action", "NoSuchAction", Map.of(), 404, "InvalidAction.NotFound"),
                Arguments.of("a control character", "RestoreSecret", Map.of("SecretName", "a\u0001"), 400,
                        "InvalidParameter"),
                Arguments.of("another region", "RestoreSecret", Map.of("SecretName", "a", "RegionId", "us-east-1"), 400,
                        "InvalidParameter"),
                Arguments.of("an STS token", "RestoreSecret", Map.of("SecretName", "a", "SecurityToken", "t"), 400,
                        "InvalidParameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelineRefusals")
    void thePipelineRefusesBeforeAnyUseCase(String what, String action, Map<String, String> parameters, int status,
                                            String code) throws Exception {
        var reached = new AtomicReference<RestoreSecretCommand>();
        try (RestSlice slice = new RestSlice(List.of(new RestoreSecretAction(c -> {
            reached.set(c);
            return new SecretName("a");
        })))) {
            Reply reply = slice.call(action, parameters);
            assertThat(reply.status()).as(reply.text()).isEqualTo(status);
            assertThat(reply.code()).isEqualTo(code);
            assertThat(reached.get()).isNull();
        }
    }

    @Test
    void readinessAnswers503WithTheReasonWhileTheNodeCannotServeAndLivenessStaysUp() throws Exception {
        try (RestSlice slice = new RestSlice(List.of(), () -> Optional.of("database unreachable"))) {
            for (String path : List.of("/health", "/health/ready")) {
                Reply reply = slice.get(path);
                assertThat(reply.status()).as(path).isEqualTo(503);
                assertThat(reply.field("status")).isEqualTo("DOWN");
                assertThat(reply.field("reason")).isEqualTo("database unreachable");
                assertThat(reply.field("version")).isEqualTo("slice");
            }
            // alive all the same: an orchestrator must not restart a node for its database's outage
            Reply live = slice.get("/health/live");
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.field("status")).isEqualTo("UP");
        }
        try (RestSlice slice = new RestSlice(List.of())) {
            assertThat(slice.get("/health").status()).isEqualTo(200);
            assertThat(slice.get("/health/ready").status()).isEqualTo(200);
            assertThat(slice.get("/health/ready").field("version")).isEqualTo("slice");
            assertThat(slice.get("/metrics").status()).as("no metrics kept here").isEqualTo(404);
        }
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        try (RestSlice slice = new RestSlice(List.of())) {
            Reply reply = slice.get("/admin");
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("InvalidAction.NotFound");
        }
    }
}
