package kmsecrets.adapter.rest.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.domain.secret.Tag;

/** Which secrets or keys a tagging call names, in either family's parameters. Certificates are not served. */
final class TagTargets {
    private TagTargets() {
    }

    /** The named resources: keys (by id) or secrets (by name or ARN). */
    record Targets(boolean keys, List<String> ids) {
    }

    /** TagResource / UntagResource: exactly one of SecretName, KeyId, CertificateId. */
    static Targets single(Params p) {
        List<String> given = new ArrayList<>();
        for (String name : List.of("SecretName", "KeyId", "CertificateId")) {
            p.optional(name).ifPresent(v -> given.add(name));
        }
        if (given.size() != 1) {
            throw ApiError.invalid("SecretName", "name exactly one of SecretName, KeyId and CertificateId");
        }
        if (given.get(0).equals("CertificateId")) {
            throw unsupported();
        }
        return new Targets(given.get(0).equals("KeyId"), List.of(p.required(given.get(0))));
    }

    /** TagResources / UntagResources / ListTagResources: RegionId, ResourceType and ResourceId.N. */
    static Targets batch(Params p, boolean idsRequired) {
        p.required("RegionId");
        String type = p.required("ResourceType").toLowerCase(Locale.ROOT);
        if (!type.equals("secret") && !type.equals("key")) {
            throw ApiError.invalid("ResourceType", "must be secret or key");
        }
        List<String> ids = p.list("ResourceId");
        if ((idsRequired || type.equals("key")) && ids.isEmpty()) {
            throw ApiError.missing("ResourceId.1");
        }
        return new Targets(type.equals("key"), ids);
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
                "Certificates are not served by this deployment.");
    }
}
