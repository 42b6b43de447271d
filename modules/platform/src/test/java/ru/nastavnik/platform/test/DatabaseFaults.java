package ru.nastavnik.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * A real failure inside a listener's transaction, for the tests that prove a failed chunk leaves nothing behind: a
 * trigger (created by the schema owner) that makes PostgreSQL refuse a row whose column has a given value, until the
 * fault is closed. What the listener wrote before that row, in the same transaction, is rolled back with it.
 */
public final class DatabaseFaults implements AutoCloseable {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final DatabaseCoordinates db;

	private final String table;

	private final String name;

	private DatabaseFaults(DatabaseCoordinates db, String table, String name) {
		this.db = db;
		this.table = table;
		this.name = name;
	}

	/**
	 * From now on an insert or update of a row of {@code table} (schema-qualified) whose {@code column} equals
	 * {@code value} fails with «сбой для проверки».
	 */
	public static DatabaseFaults failWrites(DatabaseCoordinates db, String table, String column, UUID value) {
		String schema = table.substring(0, table.indexOf('.'));
		String name = schema + ".test_fault_" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100_000;
		execute(db, "create function " + name + "() returns trigger language plpgsql as $$ begin if new." + column
				+ " = '" + value + "' then raise exception 'сбой для проверки'; end if; return new; end $$",
				"create trigger " + name.substring(schema.length() + 1) + " before insert or update on " + table
						+ " for each row execute function " + name + "()");
		return new DatabaseFaults(db, table, name);
	}

	@Override
	public void close() {
		execute(db, "drop trigger " + name.substring(name.indexOf('.') + 1) + " on " + table, "drop function " + name + "()");
	}

	private static void execute(DatabaseCoordinates db, String... statements) {
		try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
			 Statement s = owner.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
