package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;

/** The back-channel POST against a real HTTP endpoint standing in for the relying party. */
class LogoutTokenPostTest {

    private final HttpServer rp;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger redirectedTo = new AtomicInteger();
    private final LogoutTokenPost post = new LogoutTokenPost();

    LogoutTokenPostTest() throws IOException {
        rp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rp.createContext("/target", exchange -> {
            redirectedTo.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        rp.start();
        post.config = new TestConfig();
        post.init();
    }

    @AfterEach
    void stop() {
        rp.stop(0);
    }

    /** An endpoint that answers these statuses in turn and records what it was sent. */
    private String endpoint(String path, int... statuses) {
        AtomicInteger calls = new AtomicInteger();
        rp.createContext(path, exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/target");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        return "http://127.0.0.1:" + rp.getAddress().getPort() + path;
    }

    @Test
    void theTokenGoesAsAFormFieldAndA200OrA204IsSuccess() {
        assertTrue(post.deliver(new LogoutDelivery("web", endpoint("/ok", 200), "a.b-c_d.e")));
        assertTrue(post.deliver(new LogoutDelivery("web", endpoint("/empty", 204), "x.y.z")));
        assertEquals(List.of("logout_token=a.b-c_d.e", "logout_token=x.y.z"), bodies);
        assertEquals("application/x-www-form-urlencoded", contentTypes.get(0));
    }

    @Test
    void aFailingRpIsTriedOnceMoreAndNoMore() {
        assertTrue(post.deliver(new LogoutDelivery("web", endpoint("/flaky", 503, 200), "t")));
        assertEquals(2, bodies.size());
        bodies.clear();
        assertFalse(post.deliver(new LogoutDelivery("web", endpoint("/down", 500), "t")));
        assertEquals(2, bodies.size(), "one retry at most");
    }

    @Test
    void aRefusalIsNotRetriedAndARedirectNotFollowed() {
        assertFalse(post.deliver(new LogoutDelivery("web", endpoint("/refuses", 400), "t")));
        assertEquals(1, bodies.size());
        assertFalse(post.deliver(new LogoutDelivery("web", endpoint("/moved", 302), "t")));
        assertEquals(0, redirectedTo.get(), "the token never follows a redirect");
    }

    @Test
    void anUnreachableRpFailsQuickly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();
        assertFalse(post.deliver(new LogoutDelivery("web", "http://127.0.0.1:" + closedPort + "/bc", "t")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5000, "two refused connections and one pause: " + millis + " ms");
    }
}
