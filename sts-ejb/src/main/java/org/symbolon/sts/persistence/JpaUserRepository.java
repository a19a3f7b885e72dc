package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symbolon.sts.users.UserAccount;
import org.symbolon.sts.users.UserRepository;

@Stateless
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String id) {
        return Optional.ofNullable(em.find(UserEntity.class, id)).map(e -> toUser(e, groupsOf(List.of(e.id))));
    }

    @Override
    public Optional<UserAccount> findByUsername(String normalizedUsername) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :name", UserEntity.class)
                .setParameter("name", normalizedUsername).getResultList().stream().findFirst()
                .map(e -> toUser(e, groupsOf(List.of(e.id))));
    }

    @Override
    public List<UserAccount> search(String text, int first, int max) {
        var query = text == null
                ? em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class)
                : em.createQuery("SELECT u FROM UserEntity u WHERE u.username LIKE :p ESCAPE '!'"
                        + " OR LOWER(u.email) LIKE :p ESCAPE '!' OR LOWER(u.displayName) LIKE :p ESCAPE '!'"
                        + " ORDER BY u.username", UserEntity.class)
                        .setParameter("p", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        return withGroups(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Override
    public List<UserAccount> membersOf(String groupName) {
        return withGroups(em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN (SELECT m.userId FROM"
                + " GroupMembershipEntity m WHERE m.groupName = :g) ORDER BY u.username", UserEntity.class)
                .setParameter("g", groupName).getResultList());
    }

    @Override
    public void insert(UserAccount user) {
        UserEntity e = new UserEntity();
        e.id = user.id();
        e.createdAt = user.createdAt();
        copy(user, e);
        em.persist(e);
        // the user row first: memberships reference it, and nothing maps that for the provider to order by;
        // a username taken at this very moment by another transaction also fails here, inside this call
        em.flush();
        writeGroups(user);
        em.flush();
    }

    @Override
    public void update(UserAccount user) {
        UserEntity e = em.find(UserEntity.class, user.id());
        if (e != null) {
            copy(user, e);
            em.createQuery("DELETE FROM GroupMembershipEntity m WHERE m.userId = :id")
                    .setParameter("id", user.id()).executeUpdate();
            writeGroups(user);
            em.flush();
        }
    }

    @Override
    public void delete(String id) {
        em.createQuery("DELETE FROM GroupMembershipEntity m WHERE m.userId = :id").setParameter("id", id)
                .executeUpdate();
        UserEntity e = em.find(UserEntity.class, id);
        if (e != null) {
            em.remove(e);
        }
    }

    @Override
    public void updatePasswordHash(String id, String passwordHash) {
        UserEntity e = em.find(UserEntity.class, id);
        if (e != null) {
            e.passwordHash = passwordHash;
        }
    }

    private void writeGroups(UserAccount user) {
        for (String group : user.groups()) {
            GroupMembershipEntity m = new GroupMembershipEntity();
            m.userId = user.id();
            m.groupName = group;
            em.persist(m);
        }
    }

    private List<UserAccount> withGroups(List<UserEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> groups = groupsOf(entities.stream().map(e -> e.id).toList());
        return entities.stream().map(e -> toUser(e, groups)).toList();
    }

    private Map<String, List<String>> groupsOf(List<String> userIds) {
        Map<String, List<String>> groups = new HashMap<>();
        // plain values, not managed entities: update() replaces these rows within the same transaction
        em.createQuery("SELECT m.userId, m.groupName FROM GroupMembershipEntity m WHERE m.userId IN :ids"
                        + " ORDER BY m.groupName", Object[].class)
                .setParameter("ids", userIds).getResultList()
                .forEach(row -> groups.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return groups;
    }

    private static void copy(UserAccount u, UserEntity e) {
        e.username = u.username();
        e.displayName = u.displayName();
        e.email = u.email();
        e.attributes = attributesJson(u.attributes());
        e.passwordHash = u.passwordHash();
        e.passwordTemporary = u.passwordTemporary();
        e.enabled = u.enabled();
        e.updatedAt = u.updatedAt();
    }

    private static UserAccount toUser(UserEntity e, Map<String, List<String>> groups) {
        return new UserAccount(e.id, e.username, e.displayName, e.email, attributes(e.attributes),
                List.copyOf(groups.getOrDefault(e.id, List.of())), e.enabled, e.passwordHash, e.passwordTemporary,
                e.createdAt, e.updatedAt);
    }

    private static String attributesJson(Map<String, List<String>> attributes) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        attributes.forEach((name, values) -> json.add(name, Json.createArrayBuilder(values)));
        return json.build().toString();
    }

    private static Map<String, List<String>> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        TreeMap<String, List<String>> attributes = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((name, values) -> attributes.put(name, ((JsonArray) values).getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList()));
        }
        return Collections.unmodifiableMap(attributes);
    }
}
