package ru.nastavnik.registry.domain;

import java.util.List;

/**
 * A page of a list: the items, the total count over all pages, the 0-based page number and its size. When
 * {@code totalExact} is false the count stopped at {@code total} and there are more (long lists are not counted to
 * the end: the first page must stay fast).
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
}
