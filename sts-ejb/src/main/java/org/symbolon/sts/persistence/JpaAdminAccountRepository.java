package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.symbolon.sts.authn.AdminAccount;
import org.symbolon.sts.authn.AdminAccountRepository;

@Stateless
public class JpaAdminAccountRepository implements AdminAccountRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<AdminAccount> findByUsername(String username) {
        return Optional.ofNullable(em.find(AdminAccountEntity.class, username))
                .map(e -> new AdminAccount(e.username, e.passwordHash, e.enabled, e.createdAt));
    }

    @Override
    public void create(AdminAccount account) {
        AdminAccountEntity e = new AdminAccountEntity();
        e.username = account.username();
        e.passwordHash = account.passwordHash();
        e.enabled = account.enabled();
        e.createdAt = account.createdAt();
        em.persist(e);
        // surfaces a duplicate key here, inside this call, rather than at some later commit
        em.flush();
    }

    @Override
    public void updatePasswordHash(String username, String passwordHash) {
        AdminAccountEntity e = em.find(AdminAccountEntity.class, username);
        if (e != null) {
            e.passwordHash = passwordHash;
        }
    }
}
