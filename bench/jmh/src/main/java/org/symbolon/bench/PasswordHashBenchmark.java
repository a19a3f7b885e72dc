package org.symbolon.bench;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one password check alone: PBKDF2-HMAC-SHA256 with the server's default 600,000
 * iterations, a 16-byte salt and a 32-byte result, through the JDK's {@code SecretKeyFactory} looked up
 * per call exactly as {@code org.symbolon.sts.authn.PasswordHasher} does. A browser login costs one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PasswordHashBenchmark {

    /** {@code PasswordHasher.DEFAULT_ITERATIONS}. */
    static final int ITERATIONS = 600_000;

    private static final byte[] SALT = {
        0x51, 0x7a, 0x0c, (byte) 0x9e, 0x33, 0x60, (byte) 0xd1, 0x2f,
        (byte) 0x84, 0x47, 0x1b, (byte) 0xe8, 0x05, 0x6d, (byte) 0xb2, 0x79};
    private static final char[] PASSWORD = "bench-login-password-not-for-production".toCharArray();

    @Benchmark
    public byte[] pbkdf2() throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(PASSWORD, SALT, ITERATIONS, 32 * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
