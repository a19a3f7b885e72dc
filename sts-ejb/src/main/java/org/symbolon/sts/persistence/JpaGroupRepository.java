package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.users.GroupRepository;
import org.symbolon.sts.users.UserGroup;

@Stateless
public class JpaGroupRepository implements GroupRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<UserGroup> find(String name) {
        return Optional.ofNullable(em.find(GroupEntity.class, name)).map(e -> new UserGroup(e.name, e.description));
    }

    @Override
    public List<UserGroup> findAll() {
        return em.createQuery("SELECT g FROM GroupEntity g ORDER BY g.name", GroupEntity.class).getResultList()
                .stream().map(e -> new UserGroup(e.name, e.description)).toList();
    }

    @Override
    public void insert(UserGroup group) {
        GroupEntity e = new GroupEntity();
        e.name = group.name();
        e.description = group.description();
        e.createdAt = UtcClock.now();
        em.persist(e);
        em.flush();
    }

    @Override
    public void update(UserGroup group) {
        GroupEntity e = em.find(GroupEntity.class, group.name());
        if (e != null) {
            e.description = group.description();
        }
    }

    @Override
    public void delete(String name) {
        em.createQuery("DELETE FROM GroupMembershipEntity m WHERE m.groupName = :g").setParameter("g", name)
                .executeUpdate();
        GroupEntity e = em.find(GroupEntity.class, name);
        if (e != null) {
            em.remove(e);
        }
    }
}
