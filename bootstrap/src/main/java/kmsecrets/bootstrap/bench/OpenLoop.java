package kmsecrets.bootstrap.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;
import org.HdrHistogram.Histogram;

/**
 * A lean open-loop generator for latency at a fixed offered rate: one thread, non-blocking sockets, requests signed
 * in advance and written as raw HTTP/1.1. Request i is due at start + i/rate; it goes out on an idle keep-alive
 * connection (a new one is opened when none is idle, up to {@code maxConnections}), and its latency counts from when
 * it was due. A service that stalls therefore shows in the percentiles instead of slowing the generator down
 * (no coordinated omission). The first second is sent but not recorded.
 */
final class OpenLoop {
    private final InetSocketAddress address;
    private final String host;
    private final int maxConnections;

    OpenLoop(String hostAndPort, int maxConnections) {
        String[] parts = hostAndPort.split(":");
        this.address = new InetSocketAddress(parts[0], Integer.parseInt(parts[1]));
        this.host = hostAndPort;
        this.maxConnections = maxConnections;
    }

    /** One connection: its socket, the request in flight (when it was due) and the reply read so far. */
    private static final class Connection {
        final SocketChannel channel;
        ByteBuffer out;
        long due;
        boolean recorded;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    /** Sends {@code requests} (paths with their query, or tab-separated headers as {@link Wrk} takes them). */
    Result run(String name, double rate, List<String> requests) throws IOException {
        Histogram latencies = new Histogram(60_000_000_000L, 3);
        long warmUp = Math.min(requests.size() / 4, Math.round(rate));
        long errors = 0;
        int completed = 0;
        Deque<Connection> idle = new ArrayDeque<>();
        List<Connection> all = new ArrayList<>();
        Deque<long[]> backlog = new ArrayDeque<>();   // {index, due} of requests that found no connection
        try (Selector selector = Selector.open()) {
            long start = System.nanoTime();
            int next = 0;
            long deadline = start + Math.round(requests.size() * 1e9 / rate) + Duration.ofSeconds(60).toNanos();
            while (completed < requests.size() && System.nanoTime() < deadline) {
                long now = System.nanoTime();
                while (next < requests.size() && start + Math.round(next * 1e9 / rate) <= now) {
                    backlog.add(new long[] {next, start + Math.round(next * 1e9 / rate)});
                    next++;
                }
                while (!backlog.isEmpty()) {
                    Connection c = idle.poll();
                    if (c == null && all.size() < maxConnections) {
                        SocketChannel channel = SocketChannel.open(address);
                        channel.configureBlocking(false);
                        channel.socket().setTcpNoDelay(true);
                        c = new Connection(channel);
                        channel.register(selector, SelectionKey.OP_READ, c);
                        all.add(c);
                    }
                    if (c == null) {
                        break;
                    }
                    long[] due = backlog.poll();
                    c.due = due[1];
                    c.recorded = due[0] >= warmUp;
                    c.out = ByteBuffer.wrap(http(requests.get((int) due[0])));
                    c.channel.write(c.out);
                    if (c.out.hasRemaining()) {
                        c.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    }
                }
                long untilNext = next < requests.size()
                        ? Math.max(0, start + Math.round(next * 1e9 / rate) - System.nanoTime()) : 1_000_000;
                selector.select(Math.max(1, untilNext / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    if (key.isValid() && key.isWritable()) {
                        c.channel.write(c.out);
                        if (!c.out.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    }
                    if (key.isValid() && key.isReadable()) {
                        int read = c.channel.read(c.in);
                        if (read < 0) {
                            throw new IOException("the service closed a keep-alive connection");
                        }
                        int status = complete(c.in);
                        if (status > 0) {
                            if (c.recorded) {
                                latencies.recordValue(Math.max(0, System.nanoTime() - c.due));
                                if (status != 200) {
                                    errors++;
                                }
                            }
                            completed++;
                            c.in.clear();
                            idle.add(c);
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            errors += requests.size() - completed;
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Connection c : all) {
                c.channel.close();
            }
            return new Result(name, all.size(), requests.size() / seconds, latencies.getValueAtPercentile(50) / 1e6,
                    latencies.getValueAtPercentile(99) / 1e6, latencies.getValueAtPercentile(99.9) / 1e6, errors,
                    requests.size() - warmUp);
        }
    }

    private byte[] http(String line) {
        String[] fields = line.split("\t");
        StringBuilder request = new StringBuilder("GET ").append(fields[0]).append(" HTTP/1.1\r\nHost: ")
                .append(host).append("\r\n");
        for (int i = 1; i < fields.length; i++) {
            request.append(fields[i]).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The status of the reply in {@code in} once it is complete (headers and Content-Length bytes), else 0. */
    private static int complete(ByteBuffer in) {
        String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return 0;
        }
        int length = 0;
        for (String header : text.substring(0, end).split("\r\n")) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        if (in.position() < end + 4 + length) {
            return 0;
        }
        return Integer.parseInt(text.substring(9, 12));
    }
}
