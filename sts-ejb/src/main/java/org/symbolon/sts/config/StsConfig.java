package org.symbolon.sts.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every Symbolon setting, read once through MicroProfile Config. Environment variables map by the
 * MicroProfile rule: {@code sts.issuer} is {@code STS_ISSUER}.
 */
@ApplicationScoped
public class StsConfig {

    @Inject
    @ConfigProperty(name = "sts.issuer", defaultValue = "https://localhost:9443")
    String issuer;

    @Inject
    @ConfigProperty(name = "sts.token.default-lifetime", defaultValue = "300")
    int defaultAccessTokenLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "sts.token.max-lifetime", defaultValue = "86400")
    int maxAccessTokenLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "sts.token.default-signing-alg", defaultValue = "RS256")
    String defaultSigningAlg;

    @Inject
    @ConfigProperty(name = "sts.token.clock-skew", defaultValue = "60")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "sts.keys.master-key")
    Optional<String> masterKey;

    @Inject
    @ConfigProperty(name = "sts.keys.master-key-file")
    Optional<String> masterKeyFile;

    @Inject
    @ConfigProperty(name = "sts.keys.rsa-size", defaultValue = "2048")
    int rsaKeySize;

    @Inject
    @ConfigProperty(name = "sts.keys.refresh-interval", defaultValue = "30")
    int keyRefreshSeconds;

    @Inject
    @ConfigProperty(name = "sts.clients.cache-ttl", defaultValue = "5")
    int clientCacheSeconds;

    @Inject
    @ConfigProperty(name = "sts.clients.max-failed-auth-per-minute", defaultValue = "20")
    int maxFailedClientAuthPerMinute;

    @Inject
    @ConfigProperty(name = "sts.bootstrap.client-id")
    Optional<String> bootstrapClientId;

    @Inject
    @ConfigProperty(name = "sts.bootstrap.client-secret")
    Optional<String> bootstrapClientSecret;

    @Inject
    @ConfigProperty(name = "sts.bootstrap.admin-username")
    Optional<String> bootstrapAdminUsername;

    @Inject
    @ConfigProperty(name = "sts.bootstrap.admin-password")
    Optional<String> bootstrapAdminPassword;

    @Inject
    @ConfigProperty(name = "sts.admin.scope", defaultValue = "sts:admin")
    String adminScope;

    @Inject
    @ConfigProperty(name = "sts.oidc.pairwise-salt")
    Optional<String> pairwiseSalt;

    @Inject
    @ConfigProperty(name = "sts.oidc.refresh-token-lifetime", defaultValue = "28800")
    int refreshTokenLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "sts.oidc.code-lifetime", defaultValue = "60")
    int codeLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "sts.oidc.backchannel-connect-timeout", defaultValue = "2")
    int backchannelConnectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "sts.oidc.backchannel-read-timeout", defaultValue = "5")
    int backchannelReadTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "sts.users.password-min-length", defaultValue = "12")
    int passwordMinLength;

    @Inject
    @ConfigProperty(name = "sts.login.free-attempts", defaultValue = "3")
    int loginFreeAttempts;

    @Inject
    @ConfigProperty(name = "sts.login.max-delay", defaultValue = "60")
    int loginMaxDelaySeconds;

    @Inject
    @ConfigProperty(name = "sts.login.lockout-failures", defaultValue = "10")
    int loginLockoutFailures;

    @Inject
    @ConfigProperty(name = "sts.login.lockout-duration", defaultValue = "900")
    int loginLockoutSeconds;

    @Inject
    @ConfigProperty(name = "sts.login.address-max-failures", defaultValue = "50")
    int loginAddressMaxFailures;

    @Inject
    @ConfigProperty(name = "sts.login.address-window", defaultValue = "600")
    int loginAddressWindowSeconds;

    @Inject
    @ConfigProperty(name = "sts.login.failure-reset", defaultValue = "86400")
    int loginFailureResetSeconds;

    @Inject
    @ConfigProperty(name = "sts.login.totp-issuer", defaultValue = "Symbolon")
    String totpIssuer;

    public String issuer() {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    public String tokenEndpoint() {
        return issuer() + "/oauth2/token";
    }

    public Duration defaultAccessTokenLifetime() {
        return Duration.ofSeconds(defaultAccessTokenLifetimeSeconds);
    }

    public Duration maxAccessTokenLifetime() {
        return Duration.ofSeconds(maxAccessTokenLifetimeSeconds);
    }

    public String defaultSigningAlg() {
        return defaultSigningAlg;
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(Math.min(60, Math.max(0, clockSkewSeconds)));
    }

    public Optional<String> masterKey() {
        return masterKey.filter(s -> !s.isBlank());
    }

    /** The master key file: configured, or {@code data/master.key} in the server's output directory. */
    public java.nio.file.Path masterKeyFile() {
        return masterKeyFile.filter(s -> !s.isBlank()).map(java.nio.file.Path::of)
                .orElseGet(() -> ServerDirectories.dataDirectory().resolve("master.key"));
    }

    public int rsaKeySize() {
        return Math.max(2048, rsaKeySize);
    }

    public Duration keyRefreshInterval() {
        return Duration.ofSeconds(Math.max(1, keyRefreshSeconds));
    }

    public Duration clientCacheTtl() {
        return Duration.ofSeconds(Math.max(0, clientCacheSeconds));
    }

    public int maxFailedClientAuthPerMinute() {
        return maxFailedClientAuthPerMinute;
    }

    public Optional<String> bootstrapClientId() {
        return bootstrapClientId.filter(s -> !s.isBlank());
    }

    public Optional<String> bootstrapClientSecret() {
        return bootstrapClientSecret.filter(s -> !s.isBlank());
    }

    public Optional<String> bootstrapAdminUsername() {
        return bootstrapAdminUsername.filter(s -> !s.isBlank());
    }

    public Optional<String> bootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(s -> !s.isBlank());
    }

    public String adminScope() {
        return adminScope;
    }

    /** The salt of pairwise subjects; empty: derived from the master key. */
    public Optional<String> pairwiseSalt() {
        return pairwiseSalt.filter(s -> !s.isBlank());
    }

    /** Default absolute lifetime of a refresh token family, for clients that set none. */
    public Duration refreshTokenLifetime() {
        return Duration.ofSeconds(Math.max(60, refreshTokenLifetimeSeconds));
    }

    /** Authorization codes live at most 10 minutes (RFC 6749 section 4.1.2), at least 10 seconds. */
    public Duration codeLifetime() {
        return Duration.ofSeconds(Math.min(600, Math.max(10, codeLifetimeSeconds)));
    }

    /** How long a back-channel logout POST may take to connect (1 to 10 seconds). */
    public Duration backchannelConnectTimeout() {
        return Duration.ofSeconds(Math.min(10, Math.max(1, backchannelConnectTimeoutSeconds)));
    }

    /** How long a back-channel logout POST may wait for the answer once sent (1 to 30 seconds). */
    public Duration backchannelReadTimeout() {
        return Duration.ofSeconds(Math.min(30, Math.max(1, backchannelReadTimeoutSeconds)));
    }

    /** Shortest password accepted for a local user (at least 8, at most 1024). */
    public int passwordMinLength() {
        return Math.min(1024, Math.max(8, passwordMinLength));
    }

    /** Consecutive failed logins of an account before each further attempt must wait. */
    public int loginFreeAttempts() {
        return Math.max(0, loginFreeAttempts);
    }

    public Duration loginMaxDelay() {
        return Duration.ofSeconds(Math.max(1, loginMaxDelaySeconds));
    }

    public int loginLockoutFailures() {
        return Math.max(1, loginLockoutFailures);
    }

    public Duration loginLockoutDuration() {
        return Duration.ofSeconds(Math.max(1, loginLockoutSeconds));
    }

    public int loginAddressMaxFailures() {
        return Math.max(1, loginAddressMaxFailures);
    }

    public Duration loginAddressWindow() {
        return Duration.ofSeconds(Math.max(1, loginAddressWindowSeconds));
    }

    /** An account's failures are forgotten after this long without another one. */
    public Duration loginFailureReset() {
        return Duration.ofSeconds(Math.max(60, loginFailureResetSeconds));
    }

    /** The name authenticator apps show beside a TOTP account; a colon would split their label, so none. */
    public String totpIssuer() {
        String name = totpIssuer == null ? "" : totpIssuer.strip().replace(":", "");
        return name.isEmpty() ? "Symbolon" : name.length() > 64 ? name.substring(0, 64) : name;
    }
}
