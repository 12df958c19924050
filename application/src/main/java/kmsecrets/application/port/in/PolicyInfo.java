package kmsecrets.application.port.in;

import java.util.List;

/** A policy and the users it is attached to. */
public record PolicyInfo(String policyName, List<String> attachedUsers) {
}
