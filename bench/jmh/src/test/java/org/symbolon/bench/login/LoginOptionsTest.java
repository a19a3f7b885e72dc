package org.symbolon.bench.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginOptionsTest {

    private static final Map<String, String> ENV = Map.of("BENCH_LOGIN_CLIENT_SECRET", "s",
            "BENCH_LOGIN_PASSWORD", "p");

    @TempDir
    Path dir;

    @Test
    void browsersNeverShareAnAccountAndEveryUserIsUsed() throws IOException {
        LoginOptions options = options(64, 8);
        Set<String> used = new HashSet<>();
        for (int browser = 0; browser < 8; browser++) {
            int b = browser;
            Set<String> mine = IntStream.range(0, 100).mapToObj(r -> options.username(b, r)).collect(Collectors.toSet());
            assertEquals(8, mine.size(), "browser " + browser + " cycles through its own eight users");
            mine.forEach(u -> assertTrue(used.add(u), u + " is used by two browsers"));
        }
        assertEquals(64, used.size());
    }

    @Test
    void fewerUsersThanBrowsersIsRefused() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options(16, 32));
        assertTrue(e.getMessage().contains("16 users for 32 browsers"), e.getMessage());
    }

    @Test
    void aMissingSecretIsNamed() throws IOException {
        Path users = users(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoginOptions.parse(
                args(users, 2), Map.of("BENCH_LOGIN_PASSWORD", "p")));
        assertEquals("BENCH_LOGIN_CLIENT_SECRET is not set", e.getMessage());
    }

    private LoginOptions options(int users, int browsers) throws IOException {
        return LoginOptions.parse(args(users(users), browsers), ENV);
    }

    private Path users(int count) throws IOException {
        Path file = dir.resolve("users-" + count);
        Files.write(file, IntStream.range(0, count).mapToObj(i -> "user-" + i).toList());
        return file;
    }

    private String[] args(Path users, int browsers) {
        return new String[] {"--base", "http://127.0.0.1:29080", "--client-id", "c", "--redirect-uri",
            "https://app.bench.example/cb", "--users", users.toString(), "--browsers", Integer.toString(browsers),
            "--warmup", "0", "--duration", "5", "--result", dir.resolve("r.json").toString()};
    }
}
