package org.symbolon.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.Provider;
import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.symbolon.sts.keys.CompactJws;
import org.symbolon.sts.keys.KeyMaterial;
import org.symbolon.sts.keys.KeyState;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SignatureProvider;
import org.symbolon.sts.keys.SigningAlgorithm;

/**
 * The cost of the signature alone: an RFC 9068 access token's worth of claims signed, and such a
 * token parsed and verified, with the server's own key generation (RSA 2048 with CRT, P-256),
 * token writer ({@link CompactJws}) and verifiers. {@code provider=server} signs by the JCA provider the server takes by
 * default (the native one where it loads), {@code jdk} by the JDK's. Nothing else an STS does per
 * request is in here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JwtSigningBenchmark {

    @Param({"RS256", "ES256"})
    public String alg;

    @Param({"server", "jdk"})
    public String provider;

    private LoadedKey key;
    private JWSVerifier verifier;
    private final JOSEObjectType typ = new JOSEObjectType("at+jwt");
    private JWTClaimsSet claims;
    private String token;

    @Setup
    public void keys() throws JOSEException {
        JWK jwk = KeyMaterial.generate(SigningAlgorithm.valueOf(alg), 2048);
        Optional<Provider> jca = SignatureProvider.choose(
                "jdk".equals(provider) ? SignatureProvider.Choice.JDK : SignatureProvider.Choice.AUTO);
        verifier = KeyMaterial.verifier(jwk.toPublicJWK(), jca);
        key = new LoadedKey(jwk.getKeyID(), SigningAlgorithm.valueOf(alg), KeyState.ACTIVE, jwk.toPublicJWK(),
                KeyMaterial.signer(jwk, jca), verifier, KeyMaterial.privateKey(jwk, jca), null, jca.orElse(null));
        Date now = new Date();
        claims = new JWTClaimsSet.Builder()
                .issuer("http://127.0.0.1:29080")
                .subject("bench-client")
                .audience("https://api.bench.example/a")
                .claim("client_id", "bench-client")
                .claim("scope", "bench.read")
                .issueTime(now)
                .notBeforeTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .jwtID(UUID.randomUUID().toString())
                .build();
        token = sign();
    }

    @Benchmark
    public String sign() {
        return CompactJws.sign(key, typ, claims);
    }

    @Benchmark
    public boolean verify() throws JOSEException, ParseException {
        return SignedJWT.parse(token).verify(verifier);
    }
}
