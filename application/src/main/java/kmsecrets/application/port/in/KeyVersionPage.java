package kmsecrets.application.port.in;

import java.util.List;

/** One page of ListKeyVersions. */
public record KeyVersionPage(Page page, long totalCount, List<KeyVersionInfo> versions) {
}
