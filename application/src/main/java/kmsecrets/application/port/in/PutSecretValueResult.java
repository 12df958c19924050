package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** The version written (or found unchanged) and the labels it now carries. */
public record PutSecretValueResult(SecretName name, VersionId versionId, List<StageLabel> stages) {
}
