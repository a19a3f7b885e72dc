package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_admin_account")
public class AdminAccountEntity {

    @Id
    @Column(name = "username")
    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "enabled")
    public boolean enabled;

    @Column(name = "created_at")
    public LocalDateTime createdAt;
}
