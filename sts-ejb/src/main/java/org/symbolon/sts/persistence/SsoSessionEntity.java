package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_sso_session")
public class SsoSessionEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "cookie_hash")
    public String cookieHash;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "username")
    public String username;

    @Column(name = "auth_time")
    public LocalDateTime authTime;

    @Column(name = "amr")
    public String amr;

    @Column(name = "acr")
    public String acr;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "last_seen_at")
    public LocalDateTime lastSeenAt;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;
}
