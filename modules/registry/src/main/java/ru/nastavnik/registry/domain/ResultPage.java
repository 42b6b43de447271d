package ru.nastavnik.registry.domain;

import java.util.List;

/**
 * A page of a list: the items, the total count over all pages, the 0-based page number and its size. When
 * {@code totalExact} is false the count stopped at {@code total} and there are more (the registry's lists count
 * exactly; the flag stays in the API for its clients).
 */
public record ResultPage<T>(List<T> items, long total, int page, int size, boolean totalExact) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public ResultPage(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return !totalExact || (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /**
     * The 0-based page numbers a pager links around this page: up to {@code around} on each side, the first and the
     * last always, {@code -1} where numbers are left out («…»). {@code 1 … 4 5 [6] 7 8 … 2000}.
     */
    public List<Integer> pageLinks(int around) {
        int last = pages() - 1;
        var out = new java.util.ArrayList<Integer>();
        int from = Math.max(0, page - around);
        int to = Math.min(last, page + around);
        if (from > 0) {
            out.add(0);
            if (from > 1) {
                out.add(-1);
            }
        }
        for (int n = from; n <= to; n++) {
            out.add(n);
        }
        if (to < last) {
            if (to < last - 1) {
                out.add(-1);
            }
            out.add(last);
        }
        return out;
    }
}
