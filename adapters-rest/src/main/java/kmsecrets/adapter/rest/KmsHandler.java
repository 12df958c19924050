package kmsecrets.adapter.rest;

import jakarta.validation.ConstraintViolationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.Call;
import kmsecrets.adapter.rest.auth.Authenticated;
import kmsecrets.adapter.rest.auth.Authenticator;
import kmsecrets.adapter.rest.auth.Throttle;
import kmsecrets.adapter.rest.error.AlibabaErrors;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.error.ErrorReply;
import kmsecrets.adapter.rest.wire.FormDecoder;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.ReplyWriter;
import kmsecrets.adapter.rest.wire.RpcRequest;
import kmsecrets.application.port.in.Commit;
import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.pipeline.AuditedCalls;
import kmsecrets.application.port.in.pipeline.ReplayGuard;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.access.RequestFacts;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.error.DomainException;
import kmsecrets.domain.error.Reason;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RPC endpoint at {@code /} (GET or POST) and {@code /health}. Pipeline: parse, check Action and Version,
 * authenticate, throttle, claim the nonce, dispatch, render. Every reply, success or error, carries a RequestId.
 */
public final class KmsHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(KmsHandler.class);
    private static final String API_VERSION = "2016-01-20";
    private static final int MAX_BODY_BYTES = 512 * 1024;
    /** Where a client that cannot set User-Agent names itself (see {@link #userAgent}). */
    public static final String CLIENT_HEADER = "x-kmsecrets-client";
    private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Map<String, Action> actions = new HashMap<>();
    /** How each action's work commits with its audit event, as its use cases declare. */
    private final Map<String, Commit> commits = new HashMap<>();
    private final Authenticator authenticator;
    private final Throttle throttle;
    private final ReplayGuard replayGuard;
    private final Region region;
    /** Why the node cannot serve now; empty while it can. */
    private final Supplier<Optional<String>> health;
    private final AuditedCalls audit;
    private final String version;
    private final RequestObserver observer;
    /** The Prometheus text of {@code GET /metrics}; empty where no metrics are kept. */
    private final Optional<Supplier<String>> metrics;
    private final ReplyWriter writer = new ReplyWriter();

    public KmsHandler(List<Action> actions, Authenticator authenticator, Throttle throttle, ReplayGuard replayGuard,
                      Region region, AuditedCalls audit, Operations operations) {
        for (Action action : actions) {
            this.actions.put(action.name(), action);
            this.commits.put(action.name(), commitOf(action));
        }
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.replayGuard = replayGuard;
        this.region = region;
        this.health = operations.readiness();
        this.version = operations.version();
        this.audit = audit;
        this.observer = operations.observer();
        this.metrics = operations.metrics();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (path.equals("/health/live")) {
            // the process answers: nothing more (an orchestrator restarts a node that stops answering this)
            send(response, callback, 200, ReplyWriter.JSON_TYPE, writer.json(Map.of("status", "UP")), null);
            return true;
        }
        if (path.equals("/health") || path.equals("/health/ready")) {
            Optional<String> problem = health.get();
            Map<String, String> body = new java.util.LinkedHashMap<>();
            body.put("status", problem.isEmpty() ? "UP" : "DOWN");
            problem.ifPresent(reason -> body.put("reason", reason));
            body.put("version", version);
            send(response, callback, problem.isEmpty() ? 200 : 503, ReplyWriter.JSON_TYPE, writer.json(body), null);
            return true;
        }
        if (path.equals("/metrics") && metrics.isPresent()) {
            send(response, callback, 200, PROMETHEUS_TYPE, metrics.get().get().getBytes(StandardCharsets.UTF_8), null);
            return true;
        }
        long started = System.nanoTime();
        String requestId = requestId();
        String host = request.getHeaders().get(HttpHeader.HOST);
        boolean xml = false;
        String action = null;
        Authenticated authenticated = null;
        boolean nonceClaimed = false;
        String known = RequestObserver.Outcome.UNKNOWN_ACTION;
        ApiError outcome;
        String remote = Request.getRemoteAddr(request);
        String userAgent = userAgent(request);
        AuditEvent event = AuditDraft.of(requestId, Optional.empty(), "", remote, userAgent);
        try {
            if (!path.equals("/")) {
                throw new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
            }
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("POST")) {
                throw new ApiError(403, "UnsupportedHTTPMethod", "The HTTP method is not supported; use GET or POST.");
            }
            RpcRequest rpc = parse(request);
            xml = rpc.wantsXml();
            action = rpc.action().orElse("");
            event = AuditDraft.of(requestId, Optional.of(rpc), action, remote, userAgent);
            if (action.isEmpty()) {
                throw ApiError.missing("Action");
            }
            Action handler = resolve(rpc, action);
            known = handler.name();
            authenticated = authenticator.authenticate(rpc);
            event = AuditDraft.authenticated(event, authenticated.caller(), rpc, region, handler);
            if (!throttle.tryAcquire(authenticated.caller().accessKeyId())) {
                throw new ApiError(429, "Rejected.Throttling", "The QPS upper limit is exceeded.");
            }
            nonceClaimed = replayGuard.claim(authenticated.caller().accessKeyId(), authenticated.nonce(),
                    authenticated.timestamp().plus(Authenticator.WINDOW));
            if (!nonceClaimed) {
                throw new ApiError(400, "SignatureNonceUsed", "The request signature nonce has been used.");
            }
            Caller caller = authenticated.caller().with(new RequestFacts(Optional.ofNullable(rpc.remoteAddress()),
                    request.isSecure()));
            Call call = new Call(caller, new Params(rpc), requestId);
            Object reply = audit.succeed(event, commits.get(action), () -> handler.handle(call));
            byte[] body = xml ? writer.xml(reply, action + "Response") : writer.json(reply);
            send(response, callback, 200, xml ? ReplyWriter.XML_TYPE : ReplyWriter.JSON_TYPE, body, requestId);
            outcome = null;
        } catch (ApiError e) {
            outcome = e;
            fail(response, callback, requestId, host, xml, e, event);
        } catch (DomainException e) {
            outcome = AlibabaErrors.of(e);
            if (e.reason() == Reason.UNAVAILABLE) {
                // nothing was done; the nonce stays usable for a retry, and there is no store for an audit event
                LOG.warn("RequestId {} Action {} answered 503: {}", requestId, action, e.getMessage());
                if (nonceClaimed) {
                    releaseQuietly(authenticated);
                }
                reply(response, callback, requestId, host, xml, outcome);
            } else {
                fail(response, callback, requestId, host, xml, outcome, event);
            }
        } catch (ConstraintViolationException e) {
            outcome = AlibabaErrors.of(e);
            fail(response, callback, requestId, host, xml, outcome, event);
        } catch (RuntimeException e) {
            // only the failure's type and place: driver messages may quote request values
            LOG.error("RequestId {} Action {} failed with {}", requestId, action, e.getClass().getName(),
                    Redacted.of(e));
            if (nonceClaimed) {
                releaseQuietly(authenticated);
            }
            outcome = AlibabaErrors.internalFailure();
            fail(response, callback, requestId, host, xml, outcome, event);
        }
        observe(requestId, known, authenticated, outcome, started);
        return true;
    }

    /**
     * The User-Agent, behind the client's own mark where it sends one: browsers do not let a page set User-Agent, so
     * the web console names itself in {@code x-kmsecrets-client} and its calls read, in the audit trail, as
     * {@code kmsecrets-console/1 (Mozilla/5.0 ...)}.
     */
    private static String userAgent(Request request) {
        String agent = request.getHeaders().get(HttpHeader.USER_AGENT);
        String client = request.getHeaders().get(CLIENT_HEADER);
        return client == null ? agent : client + " (" + (agent == null ? "" : agent) + ")";
    }

    private void observe(String requestId, String action, Authenticated authenticated, ApiError error, long started) {
        try {
            observer.completed(new RequestObserver.Outcome(requestId, action,
                    Optional.ofNullable(authenticated).map(a -> a.caller().accessKeyId()),
                    error == null ? 200 : error.status(), error == null ? RequestObserver.Outcome.OK : error.code(),
                    System.nanoTime() - started));
        } catch (RuntimeException e) {
            // a broken log or meter never fails a request that has been answered
            LOG.warn("RequestId {}: the request observer failed ({})", requestId, e.getClass().getSimpleName());
        }
    }

    /** The one way the action's use cases commit; an action whose use cases disagree is a wiring mistake. */
    static Commit commitOf(Action action) {
        List<Commit> declared = action.useCases().stream().map(UseCase::commit).distinct().toList();
        if (declared.size() != 1) {
            throw new IllegalStateException(action.name() + ": its use cases must declare one way to commit, not "
                    + declared);
        }
        return declared.get(0);
    }

    /**
     * A random (version 4) UUID from ThreadLocalRandom: request ids need uniqueness, not secrecy, and
     * UUID.randomUUID's shared SecureRandom is a lock every request would queue on.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private Action resolve(RpcRequest rpc, String action) {
        Action handler = actions.get(action);
        if (handler == null) {
            throw new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }
        String version = rpc.version().orElseThrow(() -> ApiError.missing("Version"));
        if (!API_VERSION.equals(version)) {
            throw new ApiError(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        rpc.parameter("RegionId").filter(r -> !r.isEmpty() && !r.equals(region.value())).ifPresent(r -> {
            throw ApiError.invalid("RegionId", "this deployment serves " + region.value());
        });
        if (rpc.parameter("SecurityToken").isPresent() || rpc.header("x-acs-security-token").isPresent()) {
            throw ApiError.invalid("SecurityToken", "STS tokens are not supported by this deployment");
        }
        return handler;
    }

    private RpcRequest parse(Request request) {
        byte[] body;
        try {
            body = Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(400, "ParseRequestParameterException", "The request body could not be read.");
        } catch (ExecutionException e) {
            throw new ApiError(400, "ParseRequestParameterException", "The request body could not be read or is too large.");
        }
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (a, b) -> a + "," + b);
        }
        String contentType = headers.getOrDefault("content-type", "");
        String form = !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded") ? ""
                : FormDecoder.utf8(body).orElseThrow(() -> new ApiError(400, "InvalidParameter",
                        "The request body is not UTF-8 text."));
        return new RpcRequest(request.getMethod(), request.getHttpURI().getQuery(), headers, body, form,
                Request.getRemoteAddr(request));
    }

    private void releaseQuietly(Authenticated authenticated) {
        try {
            replayGuard.release(authenticated.caller().accessKeyId(), authenticated.nonce());
        } catch (RuntimeException e) {
            LOG.warn("could not release a nonce after a failed request: {}", e.getClass().getName());
        }
    }

    private void fail(Response response, Callback callback, String requestId, String host, boolean xml, ApiError e,
                      AuditEvent event) {
        try {
            audit.refused(event.withResult(e.code()));
        } catch (RuntimeException auditDown) {
            LOG.error("RequestId {}: the audit event of a refused call could not be stored ({})", requestId,
                    auditDown.getClass().getName());
        }
        reply(response, callback, requestId, host, xml, e);
    }

    private void reply(Response response, Callback callback, String requestId, String host, boolean xml, ApiError e) {
        ErrorReply reply = new ErrorReply(requestId, host == null ? "kmsecrets" : host, e.code(), e.getMessage(),
                e.status());
        byte[] body = xml ? writer.xml(reply, "Error") : writer.json(reply);
        send(response, callback, e.status(), xml ? ReplyWriter.XML_TYPE : ReplyWriter.JSON_TYPE, body, requestId);
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body,
                             String requestId) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        if (requestId != null) {
            response.getHeaders().put("x-acs-request-id", requestId);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

}
