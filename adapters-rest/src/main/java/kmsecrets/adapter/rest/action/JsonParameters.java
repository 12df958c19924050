package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.TextRules;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.ExtendedConfig;

/**
 * Parameters that travel as JSON text: Tags, ExtendedConfig, Filters, SecretsList ... Malformed JSON, JSON nested
 * deeper than {@value #MAX_DEPTH} levels, a shape other than documented (nulls included), and strings that break
 * {@link TextRules} are InvalidParameter naming the parameter.
 */
final class JsonParameters {
    static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(512 * 1024).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonParameters() {
    }

    /** {@code [{"TagKey":"k","TagValue":"v"}, ...]} */
    static List<Tag> tags(String name, String text) {
        List<Map<String, Object>> entries = read(name, text, new TypeReference<>() { });
        if (entries == null) {
            throw ApiError.invalid(name, "a JSON array of tags");
        }
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

    /** {@code ["a","b"]} or {@code {"VersionStage":["a","b"]}}. */
    static List<String> labels(String name, String text) {
        Object parsed = read(name, text, new TypeReference<Object>() { });
        Object list = parsed instanceof Map<?, ?> wrapper && wrapper.size() == 1
                ? wrapper.values().iterator().next() : parsed;
        if (!(list instanceof List<?> items) || items.stream().anyMatch(i -> !(i instanceof String))) {
            throw ApiError.invalid(name, "a JSON array of labels");
        }
        return items.stream().map(String.class::cast).toList();
    }

    /** {@code ["k1","k2"]}. */
    static List<String> strings(String name, String text) {
        List<Object> items = read(name, text, new TypeReference<>() { });
        if (items == null || items.stream().anyMatch(i -> !(i instanceof String))) {
            throw ApiError.invalid(name, "a JSON array of strings");
        }
        return items.stream().map(String.class::cast).toList();
    }

    /** A JSON object of string values (CustomData). */
    static Map<String, Object> object(String name, String text) {
        Map<String, Object> members = read(name, text, new TypeReference<>() { });
        if (members == null) {
            throw ApiError.invalid(name, "must be a JSON object");
        }
        return members;
    }

    /** A JSON array of objects. */
    static List<Map<String, Object>> objects(String name, String text) {
        List<Map<String, Object>> items = read(name, text, new TypeReference<>() { });
        if (items == null || items.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiError.invalid(name, "a JSON array of objects");
        }
        return items;
    }

    /** {@code [{"Key":"SecretName","Values":["a"]}]}. */
    static List<Map<String, Object>> filters(String name, String text) {
        List<Map<String, Object>> filters = read(name, text, new TypeReference<>() { });
        if (filters == null || filters.stream().anyMatch(f -> f == null || !(f.get("Key") instanceof String)
                || !(f.getOrDefault("Values", List.of()) instanceof List<?>))) {
            throw ApiError.invalid(name, "a JSON array of {\"Key\":string,\"Values\":[string]}");
        }
        return filters;
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
        T value;
        try {
            value = JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(name, "not well-formed JSON of the documented shape (at most " + MAX_DEPTH
                    + " levels deep)");
        }
        checkStrings(name, value);
        return value;
    }

    /** Every key and string inside the parsed value follows {@link TextRules}. */
    private static void checkStrings(String name, Object value) {
        if (value instanceof String text) {
            if (!TextRules.clean(text, false)) {
                throw ApiError.invalid(name, "a string in it contains a control character or an unpaired surrogate");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> {
                checkStrings(name, key);
                checkStrings(name, member);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> checkStrings(name, item));
        }
    }
}
