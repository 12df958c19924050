package kmsecrets.application.port.in;

import java.time.Instant;
import java.util.List;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** One page of a secret's versions, newest first, never their values. */
public record ListSecretVersionIdsResult(SecretName name, Page page, long totalCount, List<VersionInfo> versions) {
    public record VersionInfo(VersionId versionId, Instant createTime, List<StageLabel> stages) {
    }
}
