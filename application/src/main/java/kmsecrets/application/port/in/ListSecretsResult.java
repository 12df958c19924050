package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.secret.SecretSummary;

/** One page of secrets and how many match in all. */
public record ListSecretsResult(Page page, long totalCount, List<SecretSummary> secrets) {
}
