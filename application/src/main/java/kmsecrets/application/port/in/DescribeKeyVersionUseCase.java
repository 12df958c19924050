package kmsecrets.application.port.in;

/** DescribeKeyVersion: one version of one key. */
public interface DescribeKeyVersionUseCase extends ReadUseCase {
    KeyVersionInfo describeKeyVersion(DescribeKeyVersionQuery query);
}
