package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_refresh_family")
public class RefreshFamilyEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "scope")
    public String scope;

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

    @Column(name = "revoked_at")
    public LocalDateTime revokedAt;
}
