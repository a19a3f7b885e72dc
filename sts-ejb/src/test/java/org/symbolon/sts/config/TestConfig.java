package org.symbolon.sts.config;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Settings for unit tests: a fixed master key, a test issuer, the shipped defaults otherwise. */
public class TestConfig extends StsConfig {

    public static final String ISSUER = "https://sts.test";
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    /** The SAML settings for unit tests: entityID is the test issuer, the shipped defaults otherwise. */
    public static SamlConfig saml() {
        SamlConfig saml = new SamlConfig();
        saml.sts = new TestConfig();
        saml.entityId = Optional.empty();
        saml.certificateValidityDays = 730;
        saml.metadataValidityDays = 7;
        saml.metadataCacheSeconds = 3600;
        saml.logoutResponseTimeoutSeconds = 30;
        return saml;
    }

    @Override
    public String issuer() {
        return ISSUER;
    }

    @Override
    public Optional<String> masterKey() {
        return Optional.of(MASTER_KEY);
    }

    @Override
    public Duration clockSkew() {
        return Duration.ofSeconds(60);
    }

    @Override
    public Duration maxAccessTokenLifetime() {
        return Duration.ofHours(24);
    }

    @Override
    public Duration defaultAccessTokenLifetime() {
        return Duration.ofMinutes(5);
    }

    @Override
    public String defaultSigningAlg() {
        return "RS256";
    }

    @Override
    public int rsaKeySize() {
        return 2048;
    }

    @Override
    public Optional<String> pairwiseSalt() {
        return Optional.empty();
    }

    @Override
    public Duration refreshTokenLifetime() {
        return Duration.ofHours(8);
    }

    @Override
    public Duration codeLifetime() {
        return Duration.ofSeconds(60);
    }

    @Override
    public String adminScope() {
        return "sts:admin";
    }
}
