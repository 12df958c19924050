package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsResponseBody.ListSecretVersionIdsResponseBodyVersionIdsVersionId;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PutSecretValue, UpdateSecretVersionStage and ListSecretVersionIds through both SDK generations. */
class VersionsAndLabelsSystemTest {
    /** The service, beside a registered MariaDB with an account (password "p") the Rds secrets here import. */
    @RegisterExtension
    static final SharedService node = SharedService.start().withInstance("labels", "mysql").withAccount("p");

    private static void create(String name) throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData("one"));
    }

    private static void put(String name, String version, String data, String stages) throws Exception {
        node.tea().putSecretValue(new PutSecretValueRequest().setSecretName(name).setVersionId(version).setSecretData(data)
                .setVersionStages(stages));
    }

    private static Map<String, List<String>> labels(String name) throws Exception {
        return node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName(name)
                .setIncludeDeprecated("true").setPageSize(100)).getBody().getVersionIds().getVersionId().stream()
                .collect(Collectors.toMap(ListSecretVersionIdsResponseBodyVersionIdsVersionId::getVersionId,
                        v -> v.getVersionStages().getVersionStage()));
    }

    private static String read(String name, String stage) throws Exception {
        return node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(name).setVersionStage(stage)).getBody()
                .getSecretData();
    }

    @Test
    void aNewVersionBecomesCurrentAndTheOldCurrentPrevious() throws Exception {
        create("put-shift");
        var reply = node.tea().putSecretValue(new PutSecretValueRequest().setSecretName("put-shift").setVersionId("v2")
                .setSecretData("two")).getBody();
        assertThat(reply.getVersionStages().getVersionStage()).containsExactly("ACSCurrent");
        put("put-shift", "v3", "three", null);
        assertThat(labels("put-shift")).containsEntry("v3", List.of("ACSCurrent"))
                .containsEntry("v2", List.of("ACSPrevious")).containsEntry("v1", List.of());
        assertThat(read("put-shift", "ACSCurrent")).isEqualTo("three");
        assertThat(read("put-shift", "ACSPrevious")).isEqualTo("two");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("put-shift").setVersionId("v1"))
                .getBody().getSecretData()).as("deprecated versions stay readable by id").isEqualTo("one");
    }

    @Test
    void theClassicSdkPutsAndListsToo() throws Exception {
        create("classic-put");
        var put = new com.aliyuncs.kms.model.v20160120.PutSecretValueRequest();
        put.setSecretName("classic-put");
        put.setVersionId("v2");
        put.setSecretData("two");
        put.setVersionStages("[\"ACSCurrent\",\"Blue\"]");
        assertThat(node.clients().classic(put).getVersionStages()).containsExactlyInAnyOrder("ACSCurrent", "Blue");
        var list = new com.aliyuncs.kms.model.v20160120.ListSecretVersionIdsRequest();
        list.setSecretName("classic-put");
        var listed = node.clients().classic(list);
        assertThat(listed.getTotalCount()).isEqualTo(2);
        assertThat(listed.getVersionIds()).extracting(v -> v.getVersionId()).containsExactly("v2", "v1");
        var stage = new com.aliyuncs.kms.model.v20160120.UpdateSecretVersionStageRequest();
        stage.setSecretName("classic-put");
        stage.setVersionStage("ACSCurrent");
        stage.setMoveToVersion("v1");
        assertThat(node.clients().classicXml(stage).getSecretName()).isEqualTo("classic-put");
        assertThat(labels("classic-put")).containsEntry("v1", List.of("ACSCurrent"))
                .containsEntry("v2", List.of("ACSPrevious", "Blue"));
    }

    @Test
    void customLabelsLeaveCurrentWhereItIs() throws Exception {
        create("staged");
        put("staged", "v2", "two", "[\"MyPendingLabel\"]");
        assertThat(read("staged", "ACSCurrent")).isEqualTo("one");
        assertThat(read("staged", "MyPendingLabel")).isEqualTo("two");
        put("staged", "v3", "three", "{\"VersionStage\":[\"MyPendingLabel\"]}");
        put("staged", "v4", "four", "Other");
        assertThat(labels("staged")).containsEntry("v3", List.of("MyPendingLabel")).containsEntry("v2", List.of())
                .containsEntry("v4", List.of("Other")).containsEntry("v1", List.of("ACSCurrent"));
    }

    @Test
    void anIdenticalRetryChangesNothingAndAnotherValueConflicts() throws Exception {
        create("retry");
        put("retry", "v2", "two", null);
        var again = node.tea().putSecretValue(new PutSecretValueRequest().setSecretName("retry").setVersionId("v2")
                .setSecretData("two")).getBody();
        assertThat(again.getVersionStages().getVersionStage()).containsExactly("ACSCurrent");
        failsWith(409, "Rejected.ResourceExist", () -> put("retry", "v2", "different", null));
        assertThat(labels("retry")).hasSize(2);
        assertThat(read("retry", "ACSCurrent")).isEqualTo("two");
    }

    @Test
    void moreThanTenVersionsPurgeTheOldestUnlabelled() throws Exception {
        create("many");
        put("many", "v2", "2", "[\"Keep\"]");
        for (int i = 3; i <= 14; i++) {
            put("many", "v" + i, String.valueOf(i), null);
        }
        Map<String, List<String>> versions = labels("many");
        assertThat(versions).hasSize(10).containsKeys("v2", "v14", "v13").doesNotContainKeys("v1", "v3", "v4");
        assertThat(versions.get("v2")).containsExactly("Keep");
    }

    @Test
    void labelLimitsAndOperationLimitsAreEnforced() throws Exception {
        create("labels");
        failsWith(400, "Rejected.LimitExceeded", () -> put("labels", "v2", "two",
                "[\"L1\",\"L2\",\"L3\",\"L4\",\"L5\",\"L6\",\"L7\",\"L8\"]"));
        assertThat(labels("labels")).as("nothing written").hasSize(1);
        failsWith(400, "InvalidParameter", () -> put("labels", "v2", "two", "[\"unterminated"));
        failsWith(400, "InvalidParameter", () -> put("labels", "v2", "", null));
        failsWith(404, "Forbidden.ResourceNotFound", () -> put("never-created", "v2", "two", null));
        node.tea().createSecret(new CreateSecretRequest().setSecretName("labels-rds").setVersionId("v1").setSecretType("Rds")
                .setSecretData("{\"AccountName\":\"" + node.account() + "\",\"AccountPassword\":\"p\"}")
                .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "mysql-labels")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> put("labels-rds", "v2", "x", null));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().updateSecretVersionStage(
                new UpdateSecretVersionStageRequest().setSecretName("labels-rds").setVersionStage("ACSCurrent")
                        .setMoveToVersion("v1")));
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("labels"));
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> put("labels", "v2", "two", null));
    }

    @Test
    void stagesMoveAndCustomLabelsAreRemoved() throws Exception {
        create("moves");
        put("moves", "v2", "two", "[\"Blue\"]");
        failsWith(400, "MissingParameter", () -> node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest()
                .setSecretName("moves").setVersionStage("ACSCurrent").setRemoveFromVersion("v1")));
        failsWith(400, "InvalidParameter", () -> node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest()
                .setSecretName("moves").setVersionStage("Blue").setRemoveFromVersion("v1")));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().updateSecretVersionStage(
                new UpdateSecretVersionStageRequest().setSecretName("moves").setVersionStage("Blue")
                        .setMoveToVersion("v9")));
        node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName("moves")
                .setVersionStage("ACSCurrent").setMoveToVersion("v2"));
        assertThat(labels("moves")).containsEntry("v2", List.of("ACSCurrent", "Blue"))
                .containsEntry("v1", List.of("ACSPrevious"));
        node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName("moves")
                .setVersionStage("Blue").setRemoveFromVersion("v2"));
        node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName("moves")
                .setVersionStage("Green").setMoveToVersion("v2"));
        node.tea().updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName("moves")
                .setVersionStage("Green").setRemoveFromVersion("v2").setMoveToVersion("v1"));
        assertThat(labels("moves")).containsEntry("v2", List.of("ACSCurrent"))
                .containsEntry("v1", List.of("ACSPrevious", "Green"));
    }

    @Test
    void versionListsPageAndHideDeprecatedVersions() throws Exception {
        create("paged");
        for (int i = 2; i <= 5; i++) {
            put("paged", "v" + i, String.valueOf(i), null);
        }
        var visible = node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName("paged")).getBody();
        assertThat(visible.getTotalCount()).isEqualTo(2);
        assertThat(visible.getPageSize()).isEqualTo(20);
        var page = node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName("paged")
                .setIncludeDeprecated("true").setPageNumber(2).setPageSize(2)).getBody();
        assertThat(page.getTotalCount()).isEqualTo(5);
        assertThat(page.getVersionIds().getVersionId()).extracting(v -> v.getVersionId()).containsExactly("v3", "v2");
        failsWith(400, "InvalidParameter", () -> node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest()
                .setSecretName("paged").setPageSize(101)));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().listSecretVersionIds(
                new ListSecretVersionIdsRequest().setSecretName("no-such")));
    }
}
