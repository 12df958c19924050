package kmsecrets.adapter.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders replies as the SDKs parse them: compact JSON with raw UTF-8 (never \\u escapes, which the classic
 * SDK corrupts), or XML with the root {@code <{Action}Response>} and errors as {@code <Error>}.
 */
public final class ReplyWriter {
    public static final String JSON_TYPE = "application/json;charset=utf-8";
    public static final String XML_TYPE = "text/xml;charset=utf-8";

    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    private final XmlMapper xml = xmlMapper();
    private final Map<String, ObjectWriter> xmlWriters = new ConcurrentHashMap<>();

    private static XmlMapper xmlMapper() {
        XmlMapper mapper = new XmlMapper();
        mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
        return mapper;
    }

    public byte[] json(Object reply) {
        try {
            return json.writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render reply " + reply.getClass().getSimpleName(), e);
        }
    }

    public byte[] xml(Object reply, String rootName) {
        try {
            return xmlWriters.computeIfAbsent(rootName, name -> xml.writer().withRootName(name))
                    .writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render reply " + reply.getClass().getSimpleName(), e);
        }
    }
}
