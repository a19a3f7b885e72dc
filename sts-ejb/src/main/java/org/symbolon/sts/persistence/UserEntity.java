package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_user")
public class UserEntity {

    @Id
    @Column(name = "id")
    public String id;

    /** The normalised (lower-case) form: the unique constraint makes usernames unique regardless of case. */
    @Column(name = "username")
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "email")
    public String email;

    @Column(name = "attributes")
    public String attributes;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "password_temporary")
    public boolean passwordTemporary;

    @Column(name = "enabled")
    public boolean enabled;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;
}
