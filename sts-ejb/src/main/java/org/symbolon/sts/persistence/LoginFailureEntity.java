package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A run of failed logins; written only by compare-and-set on {@code version}, never by entity merge. */
@Entity
@Table(name = "sts_login_failure")
public class LoginFailureEntity {

    @Id
    @Column(name = "failure_key")
    public String failureKey;

    @Column(name = "failures")
    public int failures;

    @Column(name = "first_failure_at")
    public LocalDateTime firstFailureAt;

    @Column(name = "last_failure_at")
    public LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    public LocalDateTime lockedUntil;

    @Column(name = "version")
    public long version;
}
