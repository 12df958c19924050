package kmsecrets.application.port.in;

import java.util.List;

/** One page of ListKeys. */
public record KeyPage(Page page, long totalCount, List<KeyMetadata> keys) {
}
