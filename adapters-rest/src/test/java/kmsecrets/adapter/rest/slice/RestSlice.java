package kmsecrets.adapter.rest.slice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import kmsecrets.adapter.rest.KmsHandler;
import kmsecrets.adapter.rest.Operations;
import kmsecrets.adapter.rest.RestServer;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.auth.Authenticator;
import kmsecrets.adapter.rest.auth.RpcSignature;
import kmsecrets.adapter.rest.auth.Throttle;
import kmsecrets.adapter.rest.wire.Rfc3986;
import kmsecrets.application.port.in.Commit;
import kmsecrets.application.port.in.pipeline.AuditedCalls;
import kmsecrets.application.port.in.pipeline.ReplayGuard;
import kmsecrets.application.port.in.pipeline.SigningKey;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.secret.SecretValue;

/**
 * The REST adapter on its own: Jetty on a free port and the real request pipeline (parse, authenticate, nonce,
 * audit, dispatch, render), driving use cases the test supplies (each inbound port is a one-method interface, so a
 * lambda fakes it). Requests are signed like the official SDKs sign them (RPC style, HMAC-SHA1).
 */
final class RestSlice implements AutoCloseable {
    static final String ACCESS_KEY_ID = "LTAIslicetest";
    static final String REGION = "cn-hangzhou";
    static final AccountId ACCOUNT = new AccountId("1234567890123456");
    static final Caller CALLER = new Caller(ACCOUNT, "root", ACCESS_KEY_ID, true);
    private static final String ACCESS_KEY_SECRET = "slice-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What reached the audit trail: the action, how its use case committed, the outcome, and who called how. */
    record Audited(String action, Optional<Commit> commit, String result, String resource, String userAgent) {
    }

    final List<Audited> audited = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final RestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    RestSlice(List<Action> actions) throws Exception {
        this(actions, Optional::empty);
    }

    RestSlice(List<Action> actions, Supplier<Optional<String>> health) throws Exception {
        AuditedCalls audit = new AuditedCalls() {
            @Override
            public <T> T succeed(AuditEvent event, Commit commit, Supplier<T> call) {
                T result = call.get();
                audited.add(new Audited(event.action(), Optional.of(commit), AuditEvent.SUCCESS, event.resource(),
                        event.userAgent()));
                return result;
            }

            @Override
            public void refused(AuditEvent event) {
                audited.add(new Audited(event.action(), Optional.empty(), event.result(), event.resource(),
                        event.userAgent()));
            }
        };
        ReplayGuard replayGuard = new ReplayGuard() {
            @Override
            public boolean claim(String accessKeyId, String nonce, Instant keepUntil) {
                return nonces.add(accessKeyId + "/" + nonce);
            }

            @Override
            public void release(String accessKeyId, String nonce) {
                nonces.remove(accessKeyId + "/" + nonce);
            }
        };
        KmsHandler handler = new KmsHandler(actions, new Authenticator(id -> id.equals(ACCESS_KEY_ID)
                ? Optional.of(new SigningKey(CALLER, SecretValue.ofText(ACCESS_KEY_SECRET), true)) : Optional.empty(),
                Clock.systemUTC()), new Throttle(1_000_000, System::nanoTime), replayGuard, new Region(REGION), audit,
                Operations.probes(health, "slice"));
        server = new RestServer(new RestServer.Settings("127.0.0.1", 0, -1, Optional.empty(), 8, 0), handler);
        server.start();
    }

    /** A signed POST of the action with these parameters, as the classic SDK sends it. */
    Reply call(String action, Map<String, String> parameters) throws Exception {
        return call(action, parameters, Map.of());
    }

    /** The same, with extra HTTP headers. */
    Reply call(String action, Map<String, String> parameters, Map<String, String> headers) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("Action", action);
        all.put("Version", "2016-01-20");
        all.put("Format", "JSON");
        all.put("AccessKeyId", ACCESS_KEY_ID);
        all.put("SignatureMethod", "HMAC-SHA1");
        all.put("SignatureVersion", "1.0");
        all.put("SignatureNonce", UUID.randomUUID().toString());
        all.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        all.put("Signature", RpcSignature.sign(RpcSignature.stringToSign("POST", all, true), ACCESS_KEY_SECRET));
        StringJoiner form = new StringJoiner("&");
        all.forEach((name, value) -> form.add(Rfc3986.encode(name) + "=" + Rfc3986.encode(value)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.httpPort().orElseThrow() + "/")).header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort().orElseThrow() + path))
                .GET().build());
    }

    /** Any request to the slice's server, its reply as it came (the console's files are not JSON). */
    HttpResponse<String> raw(HttpRequest.Builder request, String path) throws Exception {
        return http.send(request.uri(URI.create("http://127.0.0.1:" + server.httpPort().orElseThrow() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()), response.body());
    }

    /** One reply: status, parsed JSON body, raw text. */
    record Reply(int status, JsonNode body, String text) {
        String code() {
            return body.path("Code").asText();
        }

        String field(String name) {
            return body.path(name).asText();
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
