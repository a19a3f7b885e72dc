package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_group")
public class GroupEntity {

    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "description")
    public String description;

    @Column(name = "created_at")
    public LocalDateTime createdAt;
}
