package ru.nastavnik.registry.domain;

/**
 * The first row number of each key string, for the duplicate check of an import. Open addressing over two
 * arrays instead of a {@code HashMap<String, Integer>}: no entry object and no boxed row number per row, which
 * the garbage collector would otherwise copy for every row of a 100,000-row upload. Not thread-safe.
 */
final class FirstRowByKey {

    private String[] keys = new String[64];
    private int[] rows = new int[64];
    private int size;

    /**
     * Records {@code row} (≥ 1) for {@code key} unless the key is already there.
     *
     * @return the row recorded earlier for the key, or 0 when this is its first row
     */
    int putIfAbsent(String key, int row) {
        if (row < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (k.equals(key)) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rows[i] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new String[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            String k = oldKeys[j];
            if (k != null) {
                int i = spread(k.hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                rows[i] = oldRows[j];
            }
        }
    }

    /** Mixes the high bits in, as HashMap does, so that similar keys do not cluster in the low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
