package kmsecrets.application.port.in;

import java.util.List;

/** One page of ListAliases or ListAliasesByKeyId. */
public record AliasPage(Page page, long totalCount, List<AliasInfo> aliases) {
}
