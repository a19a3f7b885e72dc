package org.symbolon.bench.login;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the login driver needs: the server, the client, the users, the load and where the
 * figures go. Secrets come from the environment so that they stay out of process listings.
 */
record LoginOptions(URI base, String clientId, String clientSecret, String redirectUri, List<String> usernames,
        String password, int browsers, int warmupSeconds, int durationSeconds, Path result, Path marker,
        boolean insecureTls) {

    static final String USAGE = "usage: LoginLoad --base URL --client-id ID --redirect-uri URI --users FILE"
            + " --browsers N --warmup SEC --duration SEC --result FILE [--marker PREFIX] [--insecure-tls]"
            + " (environment: BENCH_LOGIN_CLIENT_SECRET, BENCH_LOGIN_PASSWORD)";

    static LoginOptions parse(String[] args, Map<String, String> env) throws IOException {
        Map<String, String> values = new HashMap<>();
        boolean insecure = false;
        for (int i = 0; i < args.length; i++) {
            if ("--insecure-tls".equals(args[i])) {
                insecure = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                values.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        List<String> users = Files.readAllLines(Path.of(required(values, "users"))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        int browsers = number(values, "browsers", 1);
        if (users.size() < browsers) {
            // two browsers on one account would race its brute-force counter
            throw new IllegalArgumentException(users.size() + " users for " + browsers + " browsers: need one each");
        }
        String marker = values.get("marker");
        return new LoginOptions(URI.create(required(values, "base")), required(values, "client-id"),
                requiredEnv(env, "BENCH_LOGIN_CLIENT_SECRET"), required(values, "redirect-uri"), users,
                requiredEnv(env, "BENCH_LOGIN_PASSWORD"), browsers, number(values, "warmup", 0),
                number(values, "duration", 1), Path.of(required(values, "result")),
                marker == null ? null : Path.of(marker), insecure);
    }

    /** The account browser {@code browser} signs in with on its {@code round}-th login: never another browser's. */
    String username(int browser, long round) {
        int perBrowser = usernames.size() / browsers;
        return usernames.get(browser + (int) (round % perBrowser) * browsers);
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String requiredEnv(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    private static int number(Map<String, String> values, String name, int min) {
        String value = required(values, name);
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                throw new IllegalArgumentException("--" + name + " must be at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number: " + value);
        }
    }
}
