package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_used_assertion")
public class UsedAssertionEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;
}
