package kmsecrets.adapter.rest.slice;

import static kmsecrets.adapter.rest.slice.RestSlice.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import kmsecrets.adapter.rest.action.*;
import kmsecrets.adapter.rest.slice.RestSlice.Reply;
import kmsecrets.application.port.in.*;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.key.AliasName;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretSummary;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.VersionId;
import org.junit.jupiter.api.Test;

/**
 * Every action through the real HTTP pipeline with its use case faked: which Command or Query the wire parameters
 * become, what the reply looks like, and how the call is audited. The SDK-driven system tests prove the same
 * end to end; these prove it in milliseconds and name the action that broke.
 */
class EveryActionSliceTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
    private static final SecretName NAME = new SecretName("db/app");
    private static final KeyMetadata KEY = new KeyMetadata("key-1", "acs:kms:cn-hangzhou:1234567890123456:key/key-1",
            "Enabled", "d", "1234567890123456", false, T, Optional.empty(), "kv-1", T, "Disabled", Optional.empty(),
            Optional.empty());

    /** Starts a slice with one action, sends one call, checks it was audited as the use case declares. */
    private static Reply one(Action action, Map<String, String> parameters) throws Exception {
        try (RestSlice slice = new RestSlice(List.of(action))) {
            Reply reply = slice.call(action.name(), parameters);
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.field("RequestId")).isNotBlank();
            assertThat(slice.audited).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo(action.name());
                assertThat(a.commit()).contains(action.useCases().get(0).commit());
                assertThat(a.result()).isEqualTo("Success");
            });
            return reply;
        }
    }

    // ---------------------------------------------------------------- secrets

    @Test
    void createSecret() throws Exception {
        var seen = new AtomicReference<CreateSecretCommand>();
        Reply reply = one(new CreateSecretAction(c -> {
            seen.set(c);
            return new CreateSecretResult("arn:x", new SecretName(c.name()), "Generic", c.versionId(), false, RotationPolicy.DISABLED,
                    Optional.empty());
        }), Map.of("SecretName", "db/app", "VersionId", "v1", "SecretData", "s3cr3t", "Description", "",
                "Tags", "[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]", "EncryptionKeyId", "key-1"));
        assertThat(seen.get().name()).isEqualTo(NAME.value());
        assertThat(seen.get().value().asText()).isEqualTo("s3cr3t");
        assertThat(seen.get().encryptionKeyId()).contains("key-1");
        assertThat(seen.get().tags()).containsExactly(new Tag("env", "prod"));
        assertThat(seen.get().secretType()).as("no SecretType: the use case picks the default").isEmpty();
        assertThat(reply.field("Arn")).isEqualTo("arn:x");
        assertThat(reply.field("VersionId")).isEqualTo("v1");
    }

    @Test
    void getSecretValue() throws Exception {
        var seen = new AtomicReference<GetSecretValueQuery>();
        Reply reply = one(new GetSecretValueAction(q -> {
            seen.set(q);
            return new GetSecretValueResult(NAME, "Generic", false, SecretValue.ofText("v"), SecretDataType.TEXT,
                    new VersionId("v1"), List.of(StageLabel.CURRENT), T, RotationPolicy.DISABLED, Optional.empty());
        }), Map.of("SecretName", "db/app", "VersionStage", "ACSCurrent"));
        assertThat(seen.get().nameOrArn()).isEqualTo("db/app");
        assertThat(seen.get().stage()).contains(StageLabel.CURRENT);
        assertThat(seen.get().versionId()).isEmpty();
        assertThat(reply.field("SecretData")).isEqualTo("v");
        assertThat(reply.body().at("/VersionStages/VersionStage/0").asText()).isEqualTo("ACSCurrent");
        assertThat(reply.field("CreateTime")).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void batchGetSecretValue() throws Exception {
        var seen = new AtomicReference<BatchGetSecretValueQuery>();
        Reply reply = one(new BatchGetSecretValueAction(q -> {
            seen.set(q);
            return new BatchGetSecretValueResult(q.entries().stream().map(e -> new BatchGetSecretValueResult.Outcome(
                    e, Optional.of(new GetSecretValueResult(new SecretName(e.nameOrArn()), "Generic", false,
                    SecretValue.ofText("v"), SecretDataType.TEXT, new VersionId("v1"), List.of(StageLabel.CURRENT),
                    T, RotationPolicy.DISABLED, Optional.empty())), Optional.empty())).toList());
        }), Map.of("SecretsList", "[{\"SecretName\":\"a\"},{\"SecretName\":\"b\",\"VersionStage\":\"ACSPrevious\"}]"));
        assertThat(seen.get().entries()).extracting(BatchGetSecretValueQuery.Entry::nameOrArn).containsExactly("a", "b");
        assertThat(seen.get().entries().get(1).stage()).contains(StageLabel.PREVIOUS);
        assertThat(reply.text()).contains("\"SecretName\":\"a\"", "\"SecretName\":\"b\"");
    }

    @Test
    void putSecretValue() throws Exception {
        var seen = new AtomicReference<PutSecretValueCommand>();
        Reply reply = one(new PutSecretValueAction(c -> {
            seen.set(c);
            return new PutSecretValueResult(NAME, c.versionId(), List.of(StageLabel.CURRENT));
        }), Map.of("SecretName", "db/app", "VersionId", "v2", "SecretData", "new", "VersionStages", "[\"ACSCurrent\"]"));
        assertThat(seen.get().versionId()).isEqualTo(new VersionId("v2"));
        assertThat(seen.get().value().asText()).isEqualTo("new");
        assertThat(seen.get().stages()).containsExactly(StageLabel.CURRENT);
        assertThat(reply.field("VersionId")).isEqualTo("v2");
    }

    @Test
    void updateSecretVersionStage() throws Exception {
        var seen = new AtomicReference<UpdateSecretVersionStageCommand>();
        one(new UpdateSecretVersionStageAction(c -> {
            seen.set(c);
            return NAME;
        }), Map.of("SecretName", "db/app", "VersionStage", "ACSCurrent", "MoveToVersion", "v2"));
        assertThat(seen.get().stage()).isEqualTo(StageLabel.CURRENT);
        assertThat(seen.get().moveTo()).contains(new VersionId("v2"));
        assertThat(seen.get().removeFrom()).isEmpty();
    }

    @Test
    void listSecretVersionIds() throws Exception {
        var seen = new AtomicReference<ListSecretVersionIdsQuery>();
        Reply reply = one(new ListSecretVersionIdsAction(q -> {
            seen.set(q);
            return new ListSecretVersionIdsResult(NAME, q.page(), 1, List.of(new ListSecretVersionIdsResult.VersionInfo(
                    new VersionId("v1"), T, List.of(StageLabel.CURRENT))));
        }), Map.of("SecretName", "db/app", "IncludeDeprecated", "true"));
        assertThat(seen.get().includeDeprecated()).isTrue();
        assertThat(seen.get().page().size()).as("this action's default page").isEqualTo(20);
        assertThat(reply.body().at("/VersionIds/VersionId/0/VersionId").asText()).isEqualTo("v1");
    }

    @Test
    void describeSecret() throws Exception {
        var seen = new AtomicReference<SecretQuery>();
        Reply reply = one(new DescribeSecretAction(q -> {
            seen.set(q);
            return new DescribeSecretResult("arn:x", NAME, "Generic", false, "d", "key-1", T, T, Optional.empty(),
                    RotationPolicy.DISABLED, Optional.empty(), List.of(new Tag("env", "prod")));
        }), Map.of("SecretName", "db/app", "FetchTags", "true"));
        assertThat(seen.get().nameOrArn()).isEqualTo("db/app");
        assertThat(reply.field("EncryptionKeyId")).isEqualTo("key-1");
        assertThat(reply.body().at("/Tags/Tag/0/TagKey").asText()).isEqualTo("env");
    }

    @Test
    void updateSecret() throws Exception {
        var seen = new AtomicReference<UpdateSecretCommand>();
        one(new UpdateSecretAction(c -> {
            seen.set(c);
            return NAME;
        }), Map.of("SecretName", "db/app", "Description", ""));
        assertThat(seen.get().description()).as("an empty Description clears it").contains("");
    }

    @Test
    void listSecrets() throws Exception {
        var seen = new AtomicReference<ListSecretsQuery>();
        Reply reply = one(new ListSecretsAction(q -> {
            seen.set(q);
            return new ListSecretsResult(q.page(), 1, List.of(new SecretSummary(NAME, "Generic", T, T,
                    Optional.empty(), List.of())));
        }), Map.of("PageNumber", "2", "PageSize", "5"));
        assertThat(seen.get().page()).isEqualTo(new Page(2, 5));
        assertThat(reply.field("PageNumber")).isEqualTo("2");
        assertThat(reply.body().at("/SecretList/Secret/0/SecretName").asText()).isEqualTo("db/app");
    }

    @Test
    void deleteSecret() throws Exception {
        var seen = new AtomicReference<DeleteSecretCommand>();
        Reply reply = one(new DeleteSecretAction(c -> {
            seen.set(c);
            return new DeleteSecretResult(NAME, T);
        }), Map.of("SecretName", "db/app", "RecoveryWindowInDays", "7"));
        assertThat(seen.get().force()).isFalse();
        assertThat(seen.get().window()).isPresent();
        assertThat(reply.field("PlannedDeleteTime")).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void restoreSecret() throws Exception {
        var seen = new AtomicReference<RestoreSecretCommand>();
        Reply reply = one(new RestoreSecretAction(c -> {
            seen.set(c);
            return NAME;
        }), Map.of("SecretName", "db/app"));
        assertThat(seen.get().nameOrArn()).isEqualTo("db/app");
        assertThat(reply.field("SecretName")).isEqualTo("db/app");
    }

    @Test
    void rotateSecret() throws Exception {
        var seen = new AtomicReference<RotateSecretCommand>();
        Reply reply = one(new RotateSecretAction(c -> {
            seen.set(c);
            return new RotateSecretResult("arn:x", NAME, c.versionId());
        }), Map.of("SecretName", "db/app", "VersionId", "r1"));
        assertThat(seen.get().versionId()).isEqualTo(new VersionId("r1"));
        assertThat(reply.field("VersionId")).isEqualTo("r1");
    }

    @Test
    void updateSecretRotationPolicy() throws Exception {
        var seen = new AtomicReference<UpdateSecretRotationPolicyCommand>();
        one(new UpdateSecretRotationPolicyAction(c -> {
            seen.set(c);
            return NAME;
        }), Map.of("SecretName", "db/app", "EnableAutomaticRotation", "true", "RotationInterval", "7d"));
        assertThat(seen.get().interval()).hasValueSatisfying(i -> assertThat(i.length().toDays()).isEqualTo(7));
    }

    @Test
    void getRandomPassword() throws Exception {
        var seen = new AtomicReference<GetRandomPasswordCommand>();
        Reply reply = one(new GetRandomPasswordAction(c -> {
            seen.set(c);
            return SecretValue.ofText("pw");
        }), Map.of("PasswordLength", "12", "ExcludePunctuation", "true"));
        assertThat(seen.get().policy().length()).isEqualTo(12);
        assertThat(seen.get().policy().excludePunctuation()).isTrue();
        assertThat(reply.field("RandomPassword")).isEqualTo("pw");
    }

    // ---------------------------------------------------------------- tags (secrets and keys)

    @Test
    void tagResourceOnASecretAndOnAKey() throws Exception {
        var secrets = new AtomicReference<TagSecretsCommand>();
        var keys = new AtomicReference<TagKeysCommand>();
        Action action = new TagResourceAction(secrets::set, keys::set);
        one(action, Map.of("SecretName", "db/app", "Tags", "[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]"));
        one(action, Map.of("KeyId", "key-1", "Tags", "[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]"));
        assertThat(secrets.get().namesOrArns()).containsExactly("db/app");
        assertThat(secrets.get().action()).isEqualTo("kms:TagResource");
        assertThat(keys.get().keyIds()).containsExactly("key-1");
        assertThat(keys.get().tags()).containsExactly(new Tag("env", "prod"));
    }

    @Test
    void untagResource() throws Exception {
        var keys = new AtomicReference<UntagKeysCommand>();
        one(new UntagResourceAction(c -> { }, keys::set), Map.of("KeyId", "key-1", "TagKeys", "[\"env\"]"));
        assertThat(keys.get().tagKeys()).containsExactly("env");
        assertThat(keys.get().all()).isFalse();
    }

    @Test
    void tagResources() throws Exception {
        var secrets = new AtomicReference<TagSecretsCommand>();
        one(new TagResourcesAction(secrets::set, c -> { }), Map.of("RegionId", "cn-hangzhou", "ResourceType", "secret",
                "ResourceId.1", "a", "ResourceId.2", "b", "Tag.1.Key", "env", "Tag.1.Value", "prod"));
        assertThat(secrets.get().namesOrArns()).containsExactly("a", "b");
        assertThat(secrets.get().action()).isEqualTo("kms:TagResources");
    }

    @Test
    void untagResources() throws Exception {
        var secrets = new AtomicReference<UntagSecretsCommand>();
        one(new UntagResourcesAction(secrets::set, c -> { }), Map.of("RegionId", "cn-hangzhou",
                "ResourceType", "secret", "ResourceId.1", "a", "All", "true"));
        assertThat(secrets.get().all()).isTrue();
        assertThat(secrets.get().keys()).isEmpty();
    }

    @Test
    void listTagResources() throws Exception {
        var seen = new AtomicReference<ListKeyTagsQuery>();
        Reply reply = one(new ListTagResourcesAction(q -> new ListSecretTagsResult(List.of(), OptionalLong.empty()),
                q -> {
                    seen.set(q);
                    return List.of(new KeyTag("key-1", new Tag("env", "prod")));
                }), Map.of("RegionId", "cn-hangzhou", "ResourceType", "key", "ResourceId.1", "key-1"));
        assertThat(seen.get().keyIds()).containsExactly("key-1");
        assertThat(reply.body().at("/TagResources/TagResource/0/ResourceType").asText()).isEqualTo("key");
        assertThat(reply.field("NextToken")).isEmpty();
    }

    @Test
    void listResourceTags() throws Exception {
        Reply reply = one(new ListResourceTagsAction(q -> List.of(new KeyTag(q.keyIds().get(0), new Tag("k", "v")))),
                Map.of("KeyId", "key-1"));
        assertThat(reply.body().at("/Tags/Tag/0/KeyId").asText()).isEqualTo("key-1");
        assertThat(reply.body().at("/Tags/Tag/0/TagValue").asText()).isEqualTo("v");
    }

    // ---------------------------------------------------------------- keys

    @Test
    void createKey() throws Exception {
        var seen = new AtomicReference<CreateKeyCommand>();
        Reply reply = one(new CreateKeyAction(c -> {
            seen.set(c);
            return KEY;
        }), Map.of("Description", "d", "EnableAutomaticRotation", "true", "RotationInterval", "30d"));
        assertThat(seen.get().rotationInterval()).contains("30d");
        assertThat(reply.body().at("/KeyMetadata/KeyId").asText()).isEqualTo("key-1");
    }

    @Test
    void describeKeyAndListKeys() throws Exception {
        var query = new AtomicReference<KeyQuery>();
        one(new DescribeKeyAction(q -> {
            query.set(q);
            return KEY;
        }), Map.of("KeyId", "alias/app"));
        assertThat(query.get().keyIdOrArn()).isEqualTo("alias/app");
        Reply listed = one(new ListKeysAction(q -> new KeyPage(q.page(), 1, List.of(KEY))), Map.of());
        assertThat(listed.body().at("/Keys/Key/0/KeyArn").asText()).isEqualTo(KEY.arn());
    }

    @Test
    void keyStateChanges() throws Exception {
        var seen = new AtomicReference<KeyStateCommand>();
        for (Action action : List.<Action>of(new EnableKeyAction(seen::set), new DisableKeyAction(seen::set),
                new CancelKeyDeletionAction(seen::set))) {
            seen.set(null);
            one(action, Map.of("KeyId", "key-1"));
            assertThat(seen.get().keyId()).as(action.name()).isEqualTo("key-1");
        }
        var schedule = new AtomicReference<ScheduleKeyDeletionCommand>();
        one(new ScheduleKeyDeletionAction(c -> {
            schedule.set(c);
            return KEY;
        }), Map.of("KeyId", "key-1", "PendingWindowInDays", "7"));
        assertThat(schedule.get().pendingWindowInDays()).isEqualTo(7);
        var description = new AtomicReference<UpdateKeyDescriptionCommand>();
        one(new UpdateKeyDescriptionAction(description::set), Map.of("KeyId", "key-1", "Description", "new"));
        assertThat(description.get().description()).isEqualTo("new");
        var rotation = new AtomicReference<UpdateRotationPolicyCommand>();
        one(new UpdateRotationPolicyAction(rotation::set), Map.of("KeyId", "key-1",
                "EnableAutomaticRotation", "false"));
        assertThat(rotation.get().enable()).isFalse();
    }

    @Test
    void keyVersions() throws Exception {
        KeyVersionInfo version = new KeyVersionInfo("key-1", "kv-2", T);
        Reply created = one(new CreateKeyVersionAction(c -> version), Map.of("KeyId", "key-1"));
        assertThat(created.body().at("/KeyVersion/KeyVersionId").asText()).isEqualTo("kv-2");
        var described = new AtomicReference<DescribeKeyVersionQuery>();
        one(new DescribeKeyVersionAction(q -> {
            described.set(q);
            return version;
        }), Map.of("KeyId", "key-1", "KeyVersionId", "kv-2"));
        assertThat(described.get().keyVersionId()).isEqualTo("kv-2");
        Reply listed = one(new ListKeyVersionsAction(q -> new KeyVersionPage(q.page(), 1, List.of(version))),
                Map.of("KeyId", "key-1"));
        assertThat(listed.body().at("/KeyVersions/KeyVersion/0/CreationDate").asText())
                .isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void cryptographicOperations() throws Exception {
        var encrypt = new AtomicReference<EncryptCommand>();
        Reply encrypted = one(new EncryptAction(c -> {
            encrypt.set(c);
            return new Ciphertext("key-1", "kv-1", new byte[] {1, 2});
        }), Map.of("KeyId", "key-1", "Plaintext", "aGk=", "EncryptionContext", "{\"a\":\"b\"}"));
        assertThat(encrypt.get().plaintext()).containsExactly('h', 'i');
        assertThat(encrypt.get().context()).containsEntry("a", "b");
        assertThat(encrypted.field("CiphertextBlob")).isEqualTo("AQI=");

        Reply decrypted = one(new DecryptAction(c -> new Plaintext("key-1", "kv-1", "hi".getBytes())),
                Map.of("CiphertextBlob", "AQI="));
        assertThat(decrypted.field("Plaintext")).isEqualTo("aGk=");

        var generate = new AtomicReference<GenerateDataKeyCommand>();
        GenerateDataKeyUseCase dataKeys = c -> {
            generate.set(c);
            return new DataKey("key-1", "kv-1", new byte[] {1}, c.withPlaintext() ? Optional.of(new byte[] {2})
                    : Optional.empty());
        };
        Reply withPlaintext = one(new GenerateDataKeyAction(dataKeys), Map.of("KeyId", "key-1", "KeySpec", "AES_128"));
        assertThat(generate.get().numberOfBytes()).isEqualTo(16);
        assertThat(withPlaintext.field("Plaintext")).isEqualTo("Ag==");
        Reply without = one(new GenerateDataKeyWithoutPlaintextAction(dataKeys), Map.of("KeyId", "key-1",
                "NumberOfBytes", "64"));
        assertThat(generate.get().withPlaintext()).isFalse();
        assertThat(generate.get().numberOfBytes()).isEqualTo(64);
        assertThat(without.body().has("Plaintext")).isFalse();

        var reEncrypt = new AtomicReference<ReEncryptCommand>();
        one(new ReEncryptAction(c -> {
            reEncrypt.set(c);
            return new Ciphertext("key-2", "kv-9", new byte[] {3});
        }), Map.of("CiphertextBlob", "AQI=", "DestinationKeyId", "key-2"));
        assertThat(reEncrypt.get().destinationKeyIdOrArn()).isEqualTo("key-2");
    }

    @Test
    void aliases() throws Exception {
        var created = new AtomicReference<AliasCommand>();
        one(new CreateAliasAction(created::set), Map.of("AliasName", "alias/app", "KeyId", "key-1"));
        assertThat(created.get().alias()).isEqualTo(new AliasName("alias/app"));
        var updated = new AtomicReference<AliasCommand>();
        one(new UpdateAliasAction(updated::set), Map.of("AliasName", "alias/app", "KeyId", "key-2"));
        assertThat(updated.get().keyId()).isEqualTo("key-2");
        var deleted = new AtomicReference<DeleteAliasCommand>();
        one(new DeleteAliasAction(deleted::set), Map.of("AliasName", "alias/app"));
        assertThat(deleted.get().alias()).isEqualTo(new AliasName("alias/app"));
        AliasPage page = new AliasPage(new Page(1, 10), 1, List.of(new AliasInfo("alias/app", "arn:a", "key-1")));
        Reply listed = one(new ListAliasesAction(q -> page), Map.of());
        assertThat(listed.body().at("/Aliases/Alias/0/AliasName").asText()).isEqualTo("alias/app");
        var byKey = new AtomicReference<KeyPageQuery>();
        one(new ListAliasesByKeyIdAction(q -> {
            byKey.set(q);
            return page;
        }), Map.of("KeyId", "key-1"));
        assertThat(byKey.get().keyIdOrArn()).isEqualTo("key-1");
    }

    @Test
    void describeRegions() throws Exception {
        Reply reply = one(new DescribeRegionsAction(q -> new Region("cn-hangzhou")), Map.of());
        assertThat(reply.body().at("/Regions/Region/0/RegionId").asText()).isEqualTo("cn-hangzhou");
        assertThat(reply.text()).doesNotContain(CALLER.accessKeyId());
    }

    @Test
    void keyStateChangesRefuseAnAliasBeforeTheUseCaseRuns() throws Exception {
        var reached = new AtomicReference<KeyStateCommand>();
        try (RestSlice slice = new RestSlice(List.of(new EnableKeyAction(reached::set)))) {
            Reply reply = slice.call("EnableKey", Map.of("KeyId", "alias/app"));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("InvalidParameter");
            assertThat(reached.get()).isNull();
            assertThat(slice.audited).extracting(RestSlice.Audited::result).containsExactly("InvalidParameter");
        }
    }

    @Test
    void theStageLabelsOfPutSecretValueAreASet() throws Exception {
        var seen = new AtomicReference<PutSecretValueCommand>();
        one(new PutSecretValueAction(c -> {
            seen.set(c);
            return new PutSecretValueResult(NAME, c.versionId(), List.of());
        }), Map.of("SecretName", "db/app", "VersionId", "v3", "SecretData", "x",
                "VersionStages", "[\"blue\",\"blue\"]"));
        assertThat(seen.get().stages()).isEqualTo(Set.of(new StageLabel("blue")));
    }

    // ---------------------------------------------------------------- audit trail (our extensions)

    @Test
    void listAuditEvents() throws Exception {
        var seen = new AtomicReference<ListAuditEventsQuery>();
        Reply reply = one(new ListAuditEventsAction(q -> {
            seen.set(q);
            return List.of(new kmsecrets.domain.audit.AuditEvent(T.plusMillis(250), "req-1", "GetSecretValue",
                    "acs:kms:cn-hangzhou:1:secret/db/app", "Forbidden.NoPermission", "LTAIx", "alice", "10.0.0.1",
                    "kmsecrets-console/1 (Mozilla/5.0)"));
        }), Map.of("StartTime", "2026-01-01T00:00:00Z", "EndTime", "2026-01-02T03:04:05.250Z",
                "EventAction", "GetSecretValue", "User", "alice", "Result", "Failure", "MaxResults", "100"));
        assertThat(seen.get().since()).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(seen.get().until()).as("milliseconds kept: the next page starts at the last event's Time")
                .contains(T.plusMillis(250));
        assertThat(seen.get().action()).contains("GetSecretValue");
        assertThat(seen.get().user()).contains("alice");
        assertThat(seen.get().result()).contains("Failure");
        assertThat(seen.get().maxResults()).isEqualTo(100);
        assertThat(reply.body().at("/Events/Event/0/Time").asText()).isEqualTo("2026-01-02T03:04:05.250Z");
        assertThat(reply.body().at("/Events/Event/0/EventAction").asText()).isEqualTo("GetSecretValue");
        assertThat(reply.body().at("/Events/Event/0/Result").asText()).isEqualTo("Forbidden.NoPermission");
        assertThat(reply.body().at("/Events/Event/0/User").asText()).isEqualTo("alice");
        assertThat(reply.body().at("/Events/Event/0/UserAgent").asText()).startsWith("kmsecrets-console/1");
    }

    @Test
    void listAuditEventsDefaultsToFiftyAndRefusesWhatItCannotRead() throws Exception {
        var seen = new AtomicReference<ListAuditEventsQuery>();
        one(new ListAuditEventsAction(q -> {
            seen.set(q);
            return List.of();
        }), Map.of());
        assertThat(seen.get().maxResults()).isEqualTo(50);
        assertThat(seen.get().since()).isEmpty();
        try (RestSlice slice = new RestSlice(List.of(new ListAuditEventsAction(q -> List.of())))) {
            for (Map<String, String> bad : List.of(Map.of("MaxResults", "101"), Map.of("MaxResults", "0"),
                    Map.of("StartTime", "yesterday"), Map.of("EndTime", "2026-13-01T00:00:00Z"),
                    Map.of("EventAction", "x".repeat(129)))) {
                Reply reply = slice.call("ListAuditEvents", bad);
                assertThat(reply.status()).as(bad.toString()).isEqualTo(400);
                assertThat(reply.code()).as(bad.toString()).isEqualTo("InvalidParameter");
            }
        }
    }

    @Test
    void getAuditTrailStatus() throws Exception {
        Reply intact = one(new GetAuditTrailStatusAction(q -> new Verification(true, 42, Optional.empty(),
                Optional.empty())), Map.of());
        assertThat(intact.body().path("Intact").asBoolean()).isTrue();
        assertThat(intact.body().path("CheckedEvents").asLong()).isEqualTo(42);
        assertThat(intact.body().has("FirstBrokenPosition")).isFalse();
        Reply broken = one(new GetAuditTrailStatusAction(q -> new Verification(false, 7, Optional.of(7L),
                Optional.of(new Verification.Checkpoint(3, java.time.LocalDate.parse("2026-01-01"))))), Map.of());
        assertThat(broken.body().path("Intact").asBoolean()).isFalse();
        assertThat(broken.body().path("FirstBrokenPosition").asLong()).isEqualTo(7);
        assertThat(broken.body().path("CheckpointPosition").asLong()).isEqualTo(3);
        assertThat(broken.field("CheckpointCutBefore")).isEqualTo("2026-01-01");
    }

    @Test
    void getRandomPasswordIsAuditedOnNoResource() throws Exception {
        try (RestSlice slice = new RestSlice(List.of(new GetRandomPasswordAction(c -> SecretValue.ofText("pw"))))) {
            slice.call("GetRandomPassword", Map.of());
            slice.call("GetRandomPassword", Map.of("SecretName", "db/app"));
            assertThat(slice.audited).extracting(RestSlice.Audited::resource).containsExactly("*", "*");
        }
    }

    @Test
    void theAuditTrailsActionsAreAuditedOnTheTrailsArnAndTheConsoleMarksItsCalls() throws Exception {
        try (RestSlice slice = new RestSlice(List.of(new ListAuditEventsAction(q -> List.of())))) {
            slice.call("ListAuditEvents", Map.of(), Map.of("User-Agent", "Mozilla/5.0 (X11)",
                    "x-kmsecrets-client", "kmsecrets-console/1"));
            slice.call("ListAuditEvents", Map.of("SecretName", "db/app"), Map.of("User-Agent", "AlibabaCloud (Linux)"));
            assertThat(slice.audited).as("the action's own resource, whatever the parameters name")
                    .extracting(RestSlice.Audited::resource).containsOnly("acs:kms:cn-hangzhou:1234567890123456:audit");
            assertThat(slice.audited).extracting(RestSlice.Audited::userAgent)
                    .containsExactly("kmsecrets-console/1 (Mozilla/5.0 (X11))", "AlibabaCloud (Linux)");
        }
    }
}
