package kmsecrets.adapter.rest.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kmsecrets.adapter.rest.error.ApiError;

/**
 * One decoded RPC request: every parameter of the query and of a form body merged, the query alone (the ACS3
 * signature covers only the query), the headers by lower-case name, and the raw body.
 */
public final class RpcRequest {
    private final String method;
    private final Map<String, String> query;
    private final Map<String, String> parameters;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String remoteAddress;

    public RpcRequest(String method, String rawQuery, Map<String, String> headers, byte[] body, String formBody,
                      String remoteAddress) {
        this.method = method;
        this.query = collect(FormDecoder.decode(rawQuery), new LinkedHashMap<>());
        this.parameters = collect(FormDecoder.decode(formBody), new LinkedHashMap<>(query));
        headers.forEach((name, value) -> {
            if (!TextRules.clean(value, false)) {
                throw new ApiError(400, "InvalidParameter", "The header " + FormDecoder.printable(name)
                        + " contains a control character.");
            }
        });
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
    }

    /** A name given twice must carry the same value, wherever it occurs. */
    private static Map<String, String> collect(List<String[]> pairs, Map<String, String> into) {
        for (String[] pair : pairs) {
            TextRules.check(pair[0], pair[1]);
            String previous = into.putIfAbsent(pair[0], pair[1]);
            if (previous != null && !previous.equals(pair[1])) {
                throw ApiError.invalid(FormDecoder.printable(pair[0]), "given twice with different values");
            }
        }
        return Collections.unmodifiableMap(into);
    }

    public String method() {
        return method;
    }

    public Map<String, String> query() {
        return query;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public byte[] body() {
        return body;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** The operation: the Action parameter, or the x-acs-action header of ACS3-signed requests. */
    public Optional<String> action() {
        return parameter("Action").or(() -> header("x-acs-action"));
    }

    public Optional<String> version() {
        return parameter("Version").or(() -> header("x-acs-version"));
    }

    public boolean wantsXml() {
        return parameter("Format").map(f -> f.equalsIgnoreCase("XML")).orElse(false);
    }

    public String host() {
        return header("host").orElse("kmsecrets");
    }
}
