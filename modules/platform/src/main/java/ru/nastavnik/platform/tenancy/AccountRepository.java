package ru.nastavnik.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	@Query("select * from platform.account where lower(username) = lower(:username)")
	Optional<Account> findByUsernameIgnoringCase(String username);

	boolean existsByRole(Role role);

	List<Account> findByTenantIdOrderByUsername(TenantId tenantId);
}
