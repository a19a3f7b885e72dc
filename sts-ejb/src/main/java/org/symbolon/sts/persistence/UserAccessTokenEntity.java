package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_user_access_token")
public class UserAccessTokenEntity {

    @Id
    @Column(name = "jti")
    public String jti;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;
}
