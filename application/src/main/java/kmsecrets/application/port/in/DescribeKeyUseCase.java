package kmsecrets.application.port.in;

/** DescribeKey: by key id, alias or ARN; every state. */
public interface DescribeKeyUseCase extends ReadUseCase {
    KeyMetadata describeKey(KeyQuery query);
}
