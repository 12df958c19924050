package kmsecrets.application.service;

import java.util.Comparator;
import java.util.List;
import kmsecrets.application.port.in.ListSecretVersionIdsQuery;
import kmsecrets.application.port.in.ListSecretVersionIdsResult;
import kmsecrets.application.port.in.ListSecretVersionIdsResult.VersionInfo;
import kmsecrets.application.port.in.ListSecretVersionIdsUseCase;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretVersion;

/** ListSecretVersionIds: newest first; deprecated (unlabelled) versions only on request. Allowed while pending. */
public final class ListSecretVersionIdsService implements ListSecretVersionIdsUseCase {
    private final SecretLookup lookup;

    public ListSecretVersionIdsService(SecretLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public ListSecretVersionIdsResult listSecretVersionIds(ListSecretVersionIdsQuery query) {
        SecretName name = lookup.authorize(query.caller(), query.nameOrArn(), "kms:ListSecretVersionIds");
        Secret secret = lookup.load(query.caller(), name);
        List<VersionInfo> matching = secret.versions().stream()
                .sorted(Comparator.comparing(SecretVersion::createdAt).reversed())
                .map(v -> new VersionInfo(v.id(), v.createdAt(), List.copyOf(secret.labelsOf(v.id()))))
                .filter(v -> query.includeDeprecated() || !v.stages().isEmpty())
                .toList();
        List<VersionInfo> page = matching.stream().skip(query.page().offset()).limit(query.page().size()).toList();
        return new ListSecretVersionIdsResult(name, query.page(), matching.size(), page);
    }
}
