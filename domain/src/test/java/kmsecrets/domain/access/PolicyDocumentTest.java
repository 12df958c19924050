package kmsecrets.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String SECRET = "acs:kms:cn-hangzhou:1234567890123456:secret/app/db";
    private static final RequestFacts FROM_LAN = new RequestFacts(Optional.of("10.1.2.3"), true);

    private static PolicyDocument policy(String effect, Object action, Object resource, Map<String, Object> condition) {
        Map<String, Object> statement = new java.util.HashMap<>(Map.of("Effect", effect, "Action", action,
                "Resource", resource));
        if (condition != null) {
            statement.put("Condition", condition);
        }
        return PolicyDocument.read(Map.of("Version", "1", "Statement", List.of(statement)));
    }

    private static boolean allows(List<PolicyDocument> policies, String action, String resource, RequestFacts facts) {
        return PolicyDocument.allows(policies, action, resource, facts, NOW);
    }

    @Test
    void wildcardsMatchActionsAndResources() {
        PolicyDocument reads = policy("Allow", List.of("kms:Get*", "kms:Describe*"),
                "acs:kms:cn-hangzhou:*:secret/app/*", null);
        assertThat(allows(List.of(reads), "kms:GetSecretValue", SECRET, FROM_LAN)).isTrue();
        assertThat(allows(List.of(reads), "KMS:getsecretvalue", SECRET, FROM_LAN)).as("actions ignore case").isTrue();
        assertThat(allows(List.of(reads), "kms:PutSecretValue", SECRET, FROM_LAN)).isFalse();
        assertThat(allows(List.of(reads), "kms:GetSecretValue",
                "acs:kms:cn-hangzhou:1234567890123456:secret/other", FROM_LAN)).isFalse();
        assertThat(allows(List.of(), "kms:GetSecretValue", SECRET, FROM_LAN)).as("no Allow, no access").isFalse();
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        PolicyDocument all = policy("Allow", "kms:*", "*", null);
        PolicyDocument noWrites = policy("Deny", "kms:PutSecretValue", "*", null);
        assertThat(allows(List.of(all, noWrites), "kms:PutSecretValue", SECRET, FROM_LAN)).isFalse();
        assertThat(allows(List.of(noWrites, all), "kms:GetSecretValue", SECRET, FROM_LAN)).isTrue();
    }

    @Test
    void conditionsOnSourceTransportAndTimeMustHold() {
        PolicyDocument lanOnly = policy("Allow", "kms:*", "*",
                Map.of("IpAddress", Map.of("acs:SourceIp", List.of("10.0.0.0/8")), "Bool",
                        Map.of("acs:SecureTransport", "true")));
        assertThat(allows(List.of(lanOnly), "kms:GetSecretValue", SECRET, FROM_LAN)).isTrue();
        assertThat(allows(List.of(lanOnly), "kms:GetSecretValue", SECRET,
                new RequestFacts(Optional.of("192.168.1.1"), true))).isFalse();
        assertThat(allows(List.of(lanOnly), "kms:GetSecretValue", SECRET,
                new RequestFacts(Optional.of("10.1.2.3"), false))).isFalse();
        assertThat(allows(List.of(lanOnly), "kms:GetSecretValue", SECRET, RequestFacts.NONE))
                .as("a key the request lacks fails the condition").isFalse();
        PolicyDocument untilNoon = policy("Allow", "kms:*", "*",
                Map.of("DateLessThan", Map.of("acs:CurrentTime", "2026-11-28T12:00:00Z")));
        assertThat(allows(List.of(untilNoon), "kms:GetSecretValue", SECRET, FROM_LAN)).isTrue();
        assertThat(PolicyDocument.allows(List.of(untilNoon), "kms:GetSecretValue", SECRET, FROM_LAN,
                Instant.parse("2026-11-28T13:00:00Z"))).isFalse();
    }

    @Test
    void documentsOutsideTheGrammarAreRefused() {
        assertThatThrownBy(() -> PolicyDocument.read(Map.of("Version", "2", "Statement", List.of())))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy("Maybe", "kms:*", "*", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy("Allow", "ecs:*", "*", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy("Allow", List.of(), "*", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy("Allow", "kms:*", "*", Map.of("Fancy", Map.of("k", "v"))))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> PolicyDocument.read(Map.of("Version", "1", "Statement",
                Map.of("Effect", "Allow", "NotAction", "kms:*", "Resource", "*")))).isInstanceOf(InvalidValue.class);
    }
}
