package org.symbolon.bench.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The logins that ended inside the measured window, successful or not (as wrk counts requests),
 * and the figures bench/run reads: the same JSON fields as {@code lua/common.lua} writes.
 */
final class LoginTally {

    private final List<Long> latencies = new ArrayList<>();
    private int checkErrors;
    private int socketErrors;
    private int non2xx;
    private String firstError;

    synchronized void succeeded(long nanos) {
        latencies.add(nanos);
    }

    synchronized void failed(long nanos, LoginFailure failure) {
        latencies.add(nanos);
        checkErrors++;
        if (failure.status() >= 400) {
            non2xx++;
        }
        remember(failure.getMessage());
    }

    /** A login cut short by the connection: refused, reset or timed out. */
    synchronized void broken(long nanos, Exception cause) {
        latencies.add(nanos);
        socketErrors++;
        remember(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    synchronized String json(double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        return String.format(Locale.ROOT, "{\"requests\":%d,\"seconds\":%.3f,\"rps\":%.3f,\"p50_ms\":%.3f,"
                + "\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,\"mean_ms\":%.3f,\"responses\":%d,"
                + "\"check_errors\":%d,\"socket_errors\":%d,\"non2xx\":%d,\"errors\":%d,\"first_error\":%s}",
                sorted.size(), seconds, sorted.size() / seconds, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 90)), millis(percentile(sorted, 99)),
                millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)), mean / 1e6,
                sorted.size() - socketErrors, checkErrors, socketErrors, non2xx, checkErrors + socketErrors,
                quote(firstError == null ? "" : firstError));
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private void remember(String message) {
        if (firstError == null) {
            firstError = message;
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
