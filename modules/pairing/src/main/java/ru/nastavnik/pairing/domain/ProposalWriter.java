package ru.nastavnik.pairing.domain;

/**
 * Port: keeps a new {@link Proposal} — its row and all its child rows (pairs, unmatched mentees, alternatives, the
 * constraints it was run with) — one statement per table, whatever their number. Proposals are immutable, so this only
 * inserts; they are read back through {@link ProposalRepository}, which sees exactly what its own save would have
 * written.
 */
public interface ProposalWriter {

	/** Inserts the proposal and its child rows in the current transaction (and tenant). */
	void insert(Proposal proposal);
}
