package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_authorization_code")
public class AuthorizationCodeEntity {

    @Id
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "redirect_uri")
    public String redirectUri;

    @Column(name = "scope")
    public String scope;

    @Column(name = "nonce")
    public String nonce;

    @Column(name = "code_challenge")
    public String codeChallenge;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "auth_time")
    public LocalDateTime authTime;

    @Column(name = "amr")
    public String amr;

    @Column(name = "acr")
    public String acr;

    @Column(name = "user_claims")
    public String userClaims;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;

    @Column(name = "used_at")
    public LocalDateTime usedAt;

    @Column(name = "replayed_at")
    public LocalDateTime replayedAt;

    @Column(name = "access_token_jti")
    public String accessTokenJti;

    @Column(name = "access_token_expires")
    public LocalDateTime accessTokenExpires;
}
