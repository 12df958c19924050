package kmsecrets.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.secret.Documents;

/** JSON documents for the secret types that look inside values, decoded to plain JDK maps and lists. */
public final class JacksonDocuments implements Documents {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(mapper.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String write(Map<String, ?> object) {
        try {
            return mapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON document", e);
        }
    }
}
