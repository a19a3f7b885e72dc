package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

/** A partner organisation's identity provider, played by the test: its keys and the JWTs it signs. */
final class Partner {

    final String id = Sts.uniqueId("partner");
    final String issuer = "https://idp." + id + ".example";
    RSAKey key = newKey();

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** Registers this partner through the admin API with its static JWKS; {@code fields} may change anything. */
    Partner register(Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("issuerId", id)
                .add("issuer", issuer)
                .add("name", "Partner " + id)
                .add("jwks", Json.createReader(new StringReader(publicJwks())).readObject())
                .add("tokenTypes", Sts.array(TokenTypes.JWT, TokenTypes.ID_TOKEN, TokenTypes.ACCESS_TOKEN));
        fields.accept(body);
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/issuers", body.build().toString());
        assertEquals(201, response.statusCode(), response::body);
        return this;
    }

    Partner register() {
        return register(fields -> {
        });
    }

    /** A JWT for user {@code sub}, addressed to Symbolon, valid for five minutes; {@code claims} may change it. */
    String token(String sub, Consumer<JWTClaimsSet.Builder> claims) {
        return sign(JOSEObjectType.JWT, key, claimsFor(sub, claims));
    }

    String accessToken(String sub, Consumer<JWTClaimsSet.Builder> claims) {
        return sign(new JOSEObjectType("at+jwt"), key, claimsFor(sub, claims));
    }

    JWTClaimsSet claimsFor(String sub, Consumer<JWTClaimsSet.Builder> claims) {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(sub)
                .audience(Sts.ISSUER)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 300_000))
                .jwtID(UUID.randomUUID().toString());
        claims.accept(builder);
        return builder.build();
    }

    static String sign(JOSEObjectType type, RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 8693 token type identifiers. */
    static final class TokenTypes {
        static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
        static final String JWT = "urn:ietf:params:oauth:token-type:jwt";
        static final String ID_TOKEN = "urn:ietf:params:oauth:token-type:id_token";
        static final String SAML2 = "urn:ietf:params:oauth:token-type:saml2";

        private TokenTypes() {
        }
    }
}
