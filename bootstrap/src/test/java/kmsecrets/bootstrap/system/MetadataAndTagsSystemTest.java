package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetRandomPasswordRequest;
import com.aliyun.kms20160120.models.ListSecretsRequest;
import com.aliyun.kms20160120.models.ListTagResourcesRequest;
import com.aliyun.kms20160120.models.TagResourceRequest;
import com.aliyun.kms20160120.models.TagResourcesRequest;
import com.aliyun.kms20160120.models.UntagResourceRequest;
import com.aliyun.kms20160120.models.UntagResourcesRequest;
import com.aliyun.kms20160120.models.UpdateSecretRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DescribeSecret, UpdateSecret, ListSecrets, both tagging families, GetRandomPassword and BatchGetSecretValue. */
class MetadataAndTagsSystemTest {
    /** The service, beside a registered MariaDB with an account (password "p") the Rds secrets here import. */
    @RegisterExtension
    static final SharedService node = SharedService.start().withInstance("meta", "mysql").withAccount("p");

    private static void create(String name, String tagsJson) throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData("value-" + name)
                .setDescription("about " + name).setTags(tagsJson));
    }

    private static Map<String, String> tagsOf(String name) throws Exception {
        var tags = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name).setFetchTags("true")).getBody()
                .getTags();
        return tags == null || tags.getTag() == null ? Map.of() : tags.getTag().stream()
                .collect(Collectors.toMap(t -> t.getTagKey(), t -> t.getTagValue()));
    }

    @Test
    void describeShowsMetadataTagsAndThePlannedDeletion() throws Exception {
        create("described", "[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]");
        var body = node.tea().describeSecret(new DescribeSecretRequest().setSecretName("described").setFetchTags("true"))
                .getBody();
        assertThat(body.getArn()).endsWith(":secret/described");
        assertThat(body.getDescription()).isEqualTo("about described");
        assertThat(body.getEncryptionKeyId()).startsWith("key-");
        assertThat(body.getSecretType()).isEqualTo("Generic");
        assertThat(body.getAutomaticRotation()).isNull();
        assertThat(body.getTags().getTag()).singleElement().satisfies(t -> assertThat(t.getTagKey()).isEqualTo("env"));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("described")).getBody().getTags())
                .as("tags only with FetchTags").isNull();

        var classic = new com.aliyuncs.kms.model.v20160120.DescribeSecretRequest();
        classic.setSecretName("described");
        assertThat(node.clients().classicXml(classic).getDescription()).isEqualTo("about described");

        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("described"));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("described")).getBody()
                .getPlannedDeleteTime()).isNotNull();
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().describeSecret(
                new DescribeSecretRequest().setSecretName("not-there")));
    }

    @Test
    void updateChangesTheDescriptionAndManagedCustomData() throws Exception {
        create("updated", null);
        node.tea().updateSecret(new UpdateSecretRequest().setSecretName("updated").setDescription("new words"));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("updated")).getBody().getDescription())
                .isEqualTo("new words");
        failsWith(400, "InvalidParameter", () -> node.tea().updateSecret(new UpdateSecretRequest().setSecretName("updated")
                .setExtendedConfig(new UpdateSecretRequest.UpdateSecretRequestExtendedConfig()
                        .setCustomData(Map.of("k", "v")))));

        node.tea().createSecret(new CreateSecretRequest().setSecretName("updated-rds").setVersionId("v1").setSecretType("Rds")
                .setSecretData("{\"AccountName\":\"" + node.account() + "\",\"AccountPassword\":\"p\"}")
                .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "mysql-meta")));
        node.tea().updateSecret(new UpdateSecretRequest().setSecretName("updated-rds")
                .setExtendedConfig(new UpdateSecretRequest.UpdateSecretRequestExtendedConfig()
                        .setCustomData(Map.of("Endpoint", "db.internal", "Port", "5432"))));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("updated-rds")).getBody()
                .getExtendedConfig()).contains("\"Endpoint\":\"db.internal\"").contains("\"DBInstanceId\":\"mysql-meta\"");

        var classic = new com.aliyuncs.kms.model.v20160120.UpdateSecretRequest();
        classic.setSecretName("updated-rds");
        classic.setExtendedConfigCustomData("{\"DBName\":\"app\"}");
        node.clients().classic(classic);
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("updated-rds")).getBody()
                .getExtendedConfig()).contains("\"DBName\":\"app\"").doesNotContain("Endpoint");
        Map<String, Object> eleven = IntStream.range(0, 11).boxed()
                .collect(Collectors.toMap(i -> "k" + i, i -> "v"));
        failsWith(400, "InvalidParameter", () -> node.tea().updateSecret(new UpdateSecretRequest().setSecretName("updated-rds")
                .setExtendedConfig(new UpdateSecretRequest.UpdateSecretRequestExtendedConfig().setCustomData(eleven))));
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("updated"));
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> node.tea().updateSecret(
                new UpdateSecretRequest().setSecretName("updated").setDescription("x")));
    }

    @Test
    void listingsFilterPageAndShowPendingDeletions() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("list/item-" + i, "[{\"TagKey\":\"team\",\"TagValue\":\"t" + i + "\"}]");
        }
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("list/item-2"));
        var page = node.tea().listSecrets(new ListSecretsRequest().setPageSize(2).setPageNumber(1).setFetchTags("true")
                .setFilters("[{\"Key\":\"SecretName\",\"Values\":[\"list/\"]}]")).getBody();
        assertThat(page.getTotalCount()).isEqualTo(3);
        assertThat(page.getSecretList().getSecret()).extracting(s -> s.getSecretName())
                .containsExactly("list/item-0", "list/item-1");
        assertThat(page.getSecretList().getSecret().get(0).getTags().getTag()).singleElement()
                .satisfies(t -> assertThat(t.getTagValue()).isEqualTo("t0"));
        var second = node.tea().listSecrets(new ListSecretsRequest().setPageSize(2).setPageNumber(2)
                .setFilters("[{\"Key\":\"SecretName\",\"Values\":[\"list/\"]}]")).getBody();
        assertThat(second.getSecretList().getSecret()).singleElement()
                .satisfies(s -> assertThat(s.getPlannedDeleteTime()).isNotNull());
        var byTag = node.tea().listSecrets(new ListSecretsRequest()
                .setFilters("[{\"Key\":\"TagValue\",\"Values\":[\"t1\",\"t2\"]}]")).getBody();
        assertThat(byTag.getSecretList().getSecret()).extracting(s -> s.getSecretName())
                .containsExactly("list/item-1", "list/item-2");

        var classic = new com.aliyuncs.kms.model.v20160120.ListSecretsRequest();
        classic.setFilters("[{\"Key\":\"SecretName\",\"Values\":[\"list/item-1\"]}]");
        classic.setFetchTags("true");
        var classicPage = node.clients().classicXml(classic);
        assertThat(classicPage.getSecretList()).singleElement().satisfies(s -> {
            assertThat(s.getSecretName()).isEqualTo("list/item-1");
            assertThat(s.getTags()).singleElement().satisfies(t -> assertThat(t.getTagKey()).isEqualTo("team"));
        });

        failsWith(400, "InvalidParameter", () -> node.tea().listSecrets(new ListSecretsRequest()
                .setFilters("[{\"Key\":\"Color\",\"Values\":[\"red\"]}]")));
        failsWith(400, "InvalidParameter", () -> node.tea().listSecrets(new ListSecretsRequest().setFilters("{not json")));
        failsWith(400, "InvalidParameter", () -> node.tea().listSecrets(new ListSecretsRequest().setPageSize(101)));
        failsWith(400, "InvalidParameter", () -> node.tea().listSecrets(new ListSecretsRequest().setPageNumber(0)));
    }

    @Test
    void singleResourceTaggingAddsOverwritesAndRemoves() throws Exception {
        create("tagged", "[{\"TagKey\":\"env\",\"TagValue\":\"dev\"}]");
        node.tea().tagResource(new TagResourceRequest().setSecretName("tagged")
                .setTags("[{\"TagKey\":\"env\",\"TagValue\":\"prod\"},{\"TagKey\":\"owner\",\"TagValue\":\"ops\"}]"));
        assertThat(tagsOf("tagged")).containsExactlyInAnyOrderEntriesOf(Map.of("env", "prod", "owner", "ops"));
        var untag = new com.aliyuncs.kms.model.v20160120.UntagResourceRequest();
        untag.setSecretName("tagged");
        untag.setTagKeys("[\"owner\",\"absent\"]");
        node.clients().classic(untag);
        assertThat(tagsOf("tagged")).containsExactlyEntriesOf(Map.of("env", "prod"));
        String nineteen = IntStream.range(0, 20).mapToObj(i -> "{\"TagKey\":\"k" + i + "\",\"TagValue\":\"v\"}")
                .collect(Collectors.joining(",", "[", "]"));
        failsWith(400, "Rejected.LimitExceeded", () -> node.tea().tagResource(new TagResourceRequest().setSecretName("tagged")
                .setTags(nineteen)));
        assertThat(tagsOf("tagged")).hasSize(1);
        failsWith(400, "InvalidParameter", () -> node.tea().tagResource(new TagResourceRequest().setSecretName("tagged")
                .setKeyId("key-x").setTags("[{\"TagKey\":\"a\",\"TagValue\":\"b\"}]")));
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().tagResource(new TagResourceRequest()
                .setKeyId("key-x").setTags("[{\"TagKey\":\"a\",\"TagValue\":\"b\"}]")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().tagResource(new TagResourceRequest()
                .setCertificateId("cert-x").setTags("[{\"TagKey\":\"a\",\"TagValue\":\"b\"}]")));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().untagResource(new UntagResourceRequest()
                .setSecretName("nope").setTagKeys("[\"env\"]")));
    }

    @Test
    void batchTaggingIsAllOrNothingAndListsRows() throws Exception {
        create("batch-a", null);
        create("batch-b", null);
        node.tea().tagResources(new TagResourcesRequest().setRegionId("cn-hangzhou").setResourceType("secret")
                .setResourceId(List.of("batch-a", "batch-b"))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("env").setValue("prod"))));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().tagResources(new TagResourcesRequest()
                .setRegionId("cn-hangzhou").setResourceType("secret").setResourceId(List.of("batch-a", "missing"))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("new").setValue("x")))));
        assertThat(tagsOf("batch-a")).as("nothing changed").containsOnlyKeys("env");

        var rows = node.tea().listTagResources(new ListTagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("secret").setResourceId(List.of("batch-a", "batch-b"))).getBody();
        assertThat(rows.getNextToken()).isEmpty();
        assertThat(rows.getTagResources().getTagResource()).extracting(r -> r.getResourceId() + "=" + r.getTagKey())
                .containsExactlyInAnyOrder("batch-a=env", "batch-b=env");
        var byTag = node.tea().listTagResources(new ListTagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("secret").setTag(List.of(new ListTagResourcesRequest.ListTagResourcesRequestTag()
                        .setKey("env").setValue("prod")))).getBody();
        assertThat(byTag.getTagResources().getTagResource()).hasSize(2);

        node.tea().untagResources(new UntagResourcesRequest().setRegionId("cn-hangzhou").setResourceType("secret")
                .setResourceId(List.of("batch-a")).setAll(true));
        assertThat(tagsOf("batch-a")).isEmpty();
        node.tea().untagResources(new UntagResourcesRequest().setRegionId("cn-hangzhou").setResourceType("secret")
                .setResourceId(List.of("batch-b")).setTagKey(List.of("env")));
        assertThat(tagsOf("batch-b")).isEmpty();
        failsWith(400, "MissingParameter", () -> node.tea().tagResources(new TagResourcesRequest().setResourceType("secret")
                .setResourceId(List.of("batch-a"))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("k").setValue("v")))));
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().tagResources(new TagResourcesRequest()
                .setRegionId("cn-hangzhou").setResourceType("key").setResourceId(List.of("key-1"))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("k").setValue("v")))));
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("batch-a"));
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> node.tea().tagResources(new TagResourcesRequest()
                .setRegionId("cn-hangzhou").setResourceType("secret").setResourceId(List.of("batch-a"))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("k").setValue("v")))));
    }

    @Test
    void randomPasswordsFollowTheirOptions() throws Exception {
        String defaults = node.tea().getRandomPassword(new GetRandomPasswordRequest()).getBody().getRandomPassword();
        assertThat(defaults).hasSize(32).matches(".*[a-z].*").matches(".*[A-Z].*").matches(".*[0-9].*")
                .matches(".*[^A-Za-z0-9].*").doesNotContain(" ");
        String digits = node.tea().getRandomPassword(new GetRandomPasswordRequest().setPasswordLength("12")
                .setExcludeLowercase("true").setExcludeUppercase("true").setExcludePunctuation("true")
                .setExcludeCharacters("0123")).getBody().getRandomPassword();
        assertThat(digits).matches("[4-9]{12}");
        var classic = new com.aliyuncs.kms.model.v20160120.GetRandomPasswordRequest();
        classic.setPasswordLength("8");
        assertThat(node.clients().classic(classic).getRandomPassword()).hasSize(8);
        assertThat(node.tea().getRandomPassword(new GetRandomPasswordRequest()).getBody().getRandomPassword())
                .isNotEqualTo(defaults);
        failsWith(400, "InvalidParameter", () -> node.tea().getRandomPassword(new GetRandomPasswordRequest()
                .setPasswordLength("7")));
        failsWith(400, "InvalidParameter", () -> node.tea().getRandomPassword(new GetRandomPasswordRequest()
                .setPasswordLength("129")));
        failsWith(400, "InvalidParameter", () -> node.tea().getRandomPassword(new GetRandomPasswordRequest()
                .setExcludeLowercase("true").setExcludeUppercase("true").setExcludeNumbers("true")
                .setExcludePunctuation("true")));
    }

    @Test
    void batchReadsReportEachSecretSeparately() throws Exception {
        create("batch-read-1", null);
        create("batch-read-2", null);
        RawRpc raw = new RawRpc(node.service());
        HttpResponse<String> reply = raw.post(raw.signedQuery(Map.of("Action", "BatchGetSecretValue",
                "SecretsList", "[{\"SecretName\":\"batch-read-1\"},{\"SecretName\":\"batch-read-2\","
                        + "\"VersionStage\":\"ACSCurrent\"},{\"SecretName\":\"batch-missing\"}]")));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("\"SecretValues\":[{").contains("\"SecretData\":\"value-batch-read-1\"")
                .contains("\"SecretData\":\"value-batch-read-2\"")
                .contains("\"Errors\":[{\"SecretName\":\"batch-missing\",\"Code\":\"Forbidden.ResourceNotFound\","
                        + "\"HttpStatus\":404");
        HttpResponse<String> flattened = raw.post(raw.signedQuery(Map.of("Action", "BatchGetSecretValue",
                "SecretsList.1.SecretName", "batch-read-1")));
        assertThat(flattened.body()).contains("value-batch-read-1").contains("\"Errors\":[]");
        String twentyOne = IntStream.range(0, 21).mapToObj(i -> "{\"SecretName\":\"s" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> tooMany = raw.post(raw.signedQuery(Map.of("Action", "BatchGetSecretValue",
                "SecretsList", twentyOne)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("InvalidParameter");
        HttpResponse<String> twice = raw.post(raw.signedQuery(Map.of("Action", "BatchGetSecretValue",
                "SecretsList", "[{\"SecretName\":\"batch-read-1\"},{\"SecretName\":\"batch-read-1\"}]")));
        assertThat(twice.statusCode()).isEqualTo(400);
        HttpResponse<String> none = raw.post(raw.signedQuery(Map.of("Action", "BatchGetSecretValue")));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("MissingParameter");
    }
}
