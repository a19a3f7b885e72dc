package org.symbolon.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
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

/**
 * The cost of the signature alone: an RFC 9068 access token's worth of claims signed, and such a
 * token parsed and verified, with the keys the server generates (RSA 2048 with CRT, P-256) and the
 * same JOSE library. Nothing else an STS does per request is in here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JwtSigningBenchmark {

    @Param({"RS256", "ES256"})
    public String alg;

    private JWSSigner signer;
    private JWSVerifier verifier;
    private JWSHeader header;
    private JWTClaimsSet claims;
    private String token;

    @Setup
    public void keys() throws JOSEException {
        JWK key = "RS256".equals(alg)
                ? new RSAKeyGenerator(2048).keyID("rs256-bench").generate()
                : new ECKeyGenerator(Curve.P_256).keyID("es256-bench").generate();
        signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
        verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa.toPublicJWK())
                : new ECDSAVerifier(((ECKey) key).toPublicJWK());
        header = new JWSHeader.Builder(JWSAlgorithm.parse(alg)).keyID(key.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build();
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
    public String sign() throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    @Benchmark
    public boolean verify() throws JOSEException, ParseException {
        return SignedJWT.parse(token).verify(verifier);
    }
}
