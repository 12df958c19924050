package kmsecrets.domain.access;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;

/**
 * One condition of a statement: an operator, a key and the values it accepts (any of them). A key the request
 * does not carry makes the condition false, so an Allow that depends on it does not apply.
 */
public record Condition(String operator, String key, List<String> values) {
    private static final List<String> OPERATORS = List.of("StringEquals", "StringNotEquals",
            "StringEqualsIgnoreCase", "StringLike", "IpAddress", "NotIpAddress", "Bool", "DateGreaterThan",
            "DateGreaterThanEquals", "DateLessThan", "DateLessThanEquals");

    public Condition {
        if (!OPERATORS.contains(operator)) {
            throw new InvalidValue("PolicyDocument", "unsupported condition operator " + operator);
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new InvalidValue("PolicyDocument", "a condition needs at least one value");
        }
    }

    boolean holds(RequestFacts facts, Instant now) {
        Optional<String> actual = switch (key.toLowerCase(Locale.ROOT)) {
            case "acs:sourceip" -> facts.sourceIp();
            case "acs:securetransport" -> Optional.of(String.valueOf(facts.secureTransport()));
            case "acs:currenttime" -> Optional.of(now.toString());
            default -> Optional.empty();
        };
        return actual.map(this::test).orElse(false);
    }

    private boolean test(String actual) {
        return switch (operator) {
            case "StringEquals" -> values.contains(actual);
            case "StringNotEquals" -> !values.contains(actual);
            case "StringEqualsIgnoreCase" -> values.stream().anyMatch(actual::equalsIgnoreCase);
            case "StringLike" -> values.stream().anyMatch(v -> Glob.of(v, false).matches(actual));
            case "IpAddress" -> values.stream().anyMatch(cidr -> inRange(actual, cidr));
            case "NotIpAddress" -> values.stream().noneMatch(cidr -> inRange(actual, cidr));
            case "Bool" -> values.stream().anyMatch(actual::equalsIgnoreCase);
            default -> values.stream().anyMatch(v -> compareTimes(actual, v));
        };
    }

    private boolean compareTimes(String actual, String bound) {
        try {
            int order = Instant.parse(actual).compareTo(Instant.parse(bound));
            return switch (operator) {
                case "DateGreaterThan" -> order > 0;
                case "DateGreaterThanEquals" -> order >= 0;
                case "DateLessThan" -> order < 0;
                default -> order <= 0;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Literal addresses only: InetAddress.getByName never resolves names for these. */
    static boolean inRange(String address, String cidr) {
        try {
            String[] parts = cidr.split("/", 2);
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] candidate = InetAddress.getByName(address).getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(network.length * 8).subtract(BigInteger.ONE)
                    .shiftRight(bits).not();
            return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
