package kmsecrets.adapter.rest.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.domain.secret.Tag;

/** Which secrets a tagging call names, in either family's parameters. Keys and certificates are not taggable yet. */
final class TagTargets {
    private TagTargets() {
    }

    /** TagResource / UntagResource: exactly one of SecretName, KeyId, CertificateId. */
    static List<String> single(Params p) {
        List<String> given = new ArrayList<>();
        for (String name : List.of("SecretName", "KeyId", "CertificateId")) {
            p.optional(name).ifPresent(v -> given.add(name));
        }
        if (given.size() != 1) {
            throw ApiError.invalid("SecretName", "name exactly one of SecretName, KeyId and CertificateId");
        }
        if (!given.get(0).equals("SecretName")) {
            throw unsupported();
        }
        return List.of(p.required("SecretName"));
    }

    /** TagResources / UntagResources / ListTagResources: RegionId, ResourceType and ResourceId.N. */
    static List<String> batch(Params p, boolean idsRequired) {
        p.required("RegionId");
        String type = p.required("ResourceType").toLowerCase(Locale.ROOT);
        if (type.equals("key")) {
            throw unsupported();
        }
        if (!type.equals("secret")) {
            throw ApiError.invalid("ResourceType", "must be secret or key");
        }
        List<String> ids = p.list("ResourceId");
        if (idsRequired && ids.isEmpty()) {
            throw ApiError.missing("ResourceId.1");
        }
        return ids;
    }

    /** {@code Tag.N.Key} / {@code Tag.N.Value}. */
    static List<Tag> flattenedTags(Params p) {
        List<Tag> tags = new ArrayList<>();
        for (Map<String, String> entry : p.objects("Tag")) {
            String key = entry.get("Key");
            if (key == null) {
                throw ApiError.missing("Tag.N.Key");
            }
            tags.add(new Tag(key, entry.getOrDefault("Value", "")));
        }
        return tags;
    }

    private static ApiError unsupported() {
        return new ApiError(400, "Rejected.UnsupportedOperation",
                "Only secrets can be tagged by this deployment so far.");
    }
}
