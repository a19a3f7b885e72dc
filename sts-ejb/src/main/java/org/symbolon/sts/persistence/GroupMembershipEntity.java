package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "sts_user_group")
@IdClass(GroupMembershipEntity.Key.class)
public class GroupMembershipEntity {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Id
    @Column(name = "group_name")
    public String groupName;

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String userId;
        public String groupName;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(groupName, k.groupName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, groupName);
        }
    }
}
