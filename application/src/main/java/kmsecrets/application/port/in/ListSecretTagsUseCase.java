package kmsecrets.application.port.in;

/** ListTagResources for secrets. */
public interface ListSecretTagsUseCase extends ReadUseCase {
    ListSecretTagsResult listSecretTags(ListSecretTagsQuery query);
}
