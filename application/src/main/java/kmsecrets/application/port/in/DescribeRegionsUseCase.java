package kmsecrets.application.port.in;

import kmsecrets.domain.account.Region;

/** DescribeRegions: the one region this deployment serves. Any authenticated caller may ask. */
public interface DescribeRegionsUseCase extends ReadUseCase {
    Region describeRegions(DescribeRegionsQuery query);
}
