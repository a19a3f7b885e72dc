package org.symbolon.sts.users;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users kept in a map, for unit tests of login. */
final class InMemoryUsers implements UserRepository {

    final Map<String, UserAccount> byId = new ConcurrentHashMap<>();

    UserAccount add(String username, String passwordHash, boolean enabled) {
        LocalDateTime now = LocalDateTime.now();
        UserAccount user = new UserAccount("id-" + username, UserPolicy.normalize(username), null, null, Map.of(),
                List.of("staff"), enabled, passwordHash, false, now, now);
        insert(user);
        return user;
    }

    @Override
    public Optional<UserAccount> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String normalizedUsername) {
        return byId.values().stream().filter(u -> u.username().equals(normalizedUsername)).findFirst();
    }

    @Override
    public List<UserAccount> search(String text, int first, int max) {
        return List.copyOf(byId.values());
    }

    @Override
    public List<UserAccount> membersOf(String groupName) {
        return byId.values().stream().filter(u -> u.groups().contains(groupName)).toList();
    }

    @Override
    public void insert(UserAccount user) {
        byId.put(user.id(), user);
    }

    @Override
    public void update(UserAccount user) {
        byId.put(user.id(), user);
    }

    @Override
    public void delete(String id) {
        byId.remove(id);
    }

    @Override
    public void updatePasswordHash(String id, String passwordHash) {
        UserAccount u = byId.get(id);
        byId.put(id, u.withPassword(passwordHash, u.passwordTemporary(), u.updatedAt()));
    }
}
