package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_refresh_token")
public class RefreshTokenEntity {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "family_id")
    public String familyId;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "used_at")
    public LocalDateTime usedAt;

    @Column(name = "access_token_jti")
    public String accessTokenJti;

    @Column(name = "access_token_expires")
    public LocalDateTime accessTokenExpires;
}
