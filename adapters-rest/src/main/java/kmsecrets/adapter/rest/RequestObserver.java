package kmsecrets.adapter.rest;

import java.util.Optional;

/**
 * Told of every RPC request when its reply has been written: what the access log and the metrics need, and nothing
 * a request could use to smuggle text into them. The action is one this service knows ("Unknown" otherwise, so a
 * caller cannot mint label values), and no parameter, value or signature is passed.
 */
@FunctionalInterface
public interface RequestObserver {
    RequestObserver NONE = outcome -> { };

    void completed(Outcome outcome);

    /**
     * @param code "OK" for a success, else the Alibaba error code of the reply
     * @param accessKeyId the caller's key once the signature was verified
     */
    record Outcome(String requestId, String action, Optional<String> accessKeyId, int status, String code,
                   long durationNanos) {
        public static final String UNKNOWN_ACTION = "Unknown";
        public static final String OK = "OK";
    }
}
