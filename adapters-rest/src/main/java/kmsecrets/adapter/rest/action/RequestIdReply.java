package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The reply of operations that return nothing but their RequestId. */
record RequestIdReply(@JsonProperty("RequestId") String requestId) {
}
