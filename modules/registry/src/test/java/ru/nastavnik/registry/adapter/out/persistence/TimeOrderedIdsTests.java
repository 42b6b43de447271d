package ru.nastavnik.registry.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void idsAreVersionSevenUniqueAndInTheOrderTheyWereMade() {
        long before = System.currentTimeMillis();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) { // more than 4,096 per millisecond: the counter overflows at least once
            ids.add(TimeOrderedIds.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (int i = 1; i < ids.size(); i++) {
            // PostgreSQL compares uuids as unsigned bytes: the high half decides, and it is non-negative here
            assertThat(ids.get(i).getMostSignificantBits()).isGreaterThan(ids.get(i - 1).getMostSignificantBits());
        }
        UUID first = ids.get(0);
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis() + 10);
    }
}
