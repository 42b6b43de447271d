package ru.nastavnik.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;

/**
 * Copies the {@link TenantContext} into the transaction-local settings {@code app.tenant_id} (the tenant that may
 * write), {@code app.tenant_ids} (the tenants that may be read) and {@code app.participant_id} (a participant's
 * request: the participant policies narrow the rows to theirs, decision 0010) at the start of every transaction. The
 * row-level-security policies of the business tables filter on them; without a tenant both are empty and no tenant
 * row is visible or writable. Being transaction-local ({@code set_config(..., true)}), nothing leaks to the next
 * user of the pooled connection.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

	public TenantAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
		super.prepareTransactionalConnection(con, definition);
		var scope = TenantContext.scope();
		String writable = scope.map(TenantContext.Scope::writable).map(TenantId::toString).orElse("");
		String readable = scope.map(s -> s.readable().stream().map(TenantId::toString).sorted()
			.collect(Collectors.joining(","))).orElse("");
		String participant = scope.map(TenantContext.Scope::participant).map(Object::toString).orElse("");
		try (PreparedStatement statement = con.prepareStatement("select set_config('app.tenant_id', ?, true), "
				+ "set_config('app.tenant_ids', ?, true), set_config('app.participant_id', ?, true)")) {
			statement.setString(1, writable);
			statement.setString(2, readable);
			statement.setString(3, participant);
			statement.execute();
		}
	}
}
