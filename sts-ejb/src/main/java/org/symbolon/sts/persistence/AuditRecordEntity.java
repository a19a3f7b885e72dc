package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_audit")
public class AuditRecordEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "occurred_at")
    public LocalDateTime occurredAt;

    @Column(name = "actor")
    public String actor;

    @Column(name = "action")
    public String action;

    @Column(name = "target")
    public String target;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "before_json")
    public String beforeJson;

    @Column(name = "after_json")
    public String afterJson;
}
