package org.symbolon.sts.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Relying parties' back-channel logout endpoints: each path keeps the Logout Tokens POSTed to it.
 * Paths starting with {@code /slow} hold every request for eight seconds, as a hung RP would.
 */
final class BackchannelReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, BlockingQueue<String>> received = new ConcurrentHashMap<>();

    BackchannelReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            String path = exchange.getRequestURI().getPath();
            boolean form = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .startsWith("application/x-www-form-urlencoded");
            if (form && body.startsWith("logout_token=") && !body.contains("&")) {
                queue(path).add(URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.UTF_8));
            }
            if (path.startsWith("/slow")) {
                sleep(8000);
            }
            exchange.sendResponseHeaders(form ? 200 : 400, -1);
            exchange.close();
        });
        server.start();
    }

    /** The back-channel logout URI of an RP at this path. */
    String uri(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next Logout Token this RP receives within the time, or null. */
    String await(String path, long seconds) throws InterruptedException {
        return queue(path).poll(seconds, TimeUnit.SECONDS);
    }

    int count(String path) {
        return queue(path).size();
    }

    private BlockingQueue<String> queue(String path) {
        return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
