package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_revoked_token")
public class RevokedTokenEntity {

    @Id
    @Column(name = "jti")
    public String jti;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    public LocalDateTime revokedAt;

    /** The node that recorded it ({@code ThisNode}); null on rows older than that column. */
    @Column(name = "origin")
    public String origin;
}
