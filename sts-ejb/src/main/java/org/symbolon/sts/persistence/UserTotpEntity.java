package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's sealed TOTP secret; {@code lastStep} moves only forward, by a conditional update. */
@Entity
@Table(name = "sts_user_totp")
public class UserTotpEntity {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "secret")
    public String secret;

    @Column(name = "last_step")
    public long lastStep;

    @Column(name = "created_at")
    public LocalDateTime createdAt;
}
