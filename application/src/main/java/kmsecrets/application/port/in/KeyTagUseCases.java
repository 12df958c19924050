package kmsecrets.application.port.in;

import java.util.List;
import java.util.Set;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/**
 * Tags of keys: TagResource/UntagResource with KeyId, TagResources/UntagResources/ListTagResources with
 * ResourceType=key, and ListResourceTags. Changes are all-or-nothing over the named keys; at most 20 tags a key.
 */
public interface KeyTagUseCases {
    void tagKeys(Caller caller, String action, List<String> keyIds, List<Tag> tags);

    void untagKeys(Caller caller, String action, List<String> keyIds, Set<String> tagKeys, boolean all);

    /** One row per (key, tag) of the named keys, filtered by tag when filters are given. */
    List<KeyTag> listKeyTags(Caller caller, String action, List<String> keyIds,
                             List<ListSecretTagsQuery.TagFilter> filters);

    record KeyTag(String keyId, Tag tag) {
    }
}
