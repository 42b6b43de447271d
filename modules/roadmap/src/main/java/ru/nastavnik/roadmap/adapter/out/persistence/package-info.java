/**
 * The roadmap's tables ({@code roadmap} schema) on plain JDBC: bulk materialisation of occurrences, the overdue claim
 * ({@code update … returning}) and the read queries need SQL of their own, and plain JDBC works whichever packages an
 * application scans. Every statement runs under the tenant's row-level security.
 */
package ru.nastavnik.roadmap.adapter.out.persistence;
