package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.type.ExtendedConfig;

/** Parameters that travel as JSON text: Tags, ExtendedConfig. Malformed JSON is InvalidParameter naming it. */
final class JsonParameters {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonParameters() {
    }

    /** {@code [{"TagKey":"k","TagValue":"v"}, ...]} */
    static List<Tag> tags(String name, String text) {
        List<Map<String, Object>> entries = read(name, text, new TypeReference<>() { });
        List<Tag> tags = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            if (entry == null || !(entry.get("TagKey") instanceof String key)
                    || !(entry.getOrDefault("TagValue", "") instanceof String value)) {
                throw ApiError.invalid(name, "each tag is {\"TagKey\":string,\"TagValue\":string}");
            }
            tags.add(new Tag(key, value));
        }
        return tags;
    }

    static ExtendedConfig extendedConfig(String name, String text) {
        if (text.length() > ExtendedConfig.MAX_CHARS) {
            throw ApiError.invalid(name, "at most 1024 characters");
        }
        Map<String, Object> members = read(name, text, new TypeReference<>() { });
        if (members == null) {
            throw ApiError.invalid(name, "must be a JSON object");
        }
        return new ExtendedConfig(text, members);
    }

    private static <T> T read(String name, String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(name, "not well-formed JSON of the documented shape");
        }
    }
}
