package kmsecrets.application.port.in;

/** ListTagResources for secrets. */
public interface ListSecretTagsUseCase {
    ListSecretTagsResult listSecretTags(ListSecretTagsQuery query);
}
