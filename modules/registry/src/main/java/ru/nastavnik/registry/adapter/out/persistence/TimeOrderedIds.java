package ru.nastavnik.registry.adapter.out.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for new participants in the layout of UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, the version, 12
 * bits of a counter that keeps ids of the same millisecond in order, the variant and 62 random bits. Ids written by one
 * import are therefore close to each other in every index that starts with the id (the primary key, consents',
 * trainings' and audit entries' participant indexes), instead of landing on a random page of each index per row.
 * Still unguessable: the 62 random bits come from {@link SecureRandom}.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static long lastMillis;
    private static int counter;

    private TimeOrderedIds() {
    }

    static UUID next() {
        long millis;
        int sequence;
        synchronized (TimeOrderedIds.class) {
            millis = Math.max(System.currentTimeMillis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) { // 4,096 ids in one millisecond: borrow the next millisecond
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
