package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pager's page numbers: the first and the last always, two on each side of the current, «…» for the gaps. */
class ResultPageTest {

    static ResultPage<String> page(int page, long total) {
        return new ResultPage<>(List.of(), total, page, 25);
    }

    @Test
    void aFewPagesAreAllListed() {
        assertThat(page(0, 100).pageLinks(2)).containsExactly(0, 1, 2, 3);
        assertThat(page(2, 100).pageLinks(2)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void manyPagesShowTheirEndsAndTheNeighboursOfTheCurrentOne() {
        assertThat(page(0, 1_100).pages()).isEqualTo(44);
        assertThat(page(0, 1_100).pageLinks(2)).containsExactly(0, 1, 2, -1, 43);
        assertThat(page(20, 1_100).pageLinks(2)).containsExactly(0, -1, 18, 19, 20, 21, 22, -1, 43);
        assertThat(page(43, 1_100).pageLinks(2)).containsExactly(0, -1, 41, 42, 43);
        // no «…» for a gap of one page: the page itself
        assertThat(page(3, 1_100).pageLinks(2)).containsExactly(0, 1, 2, 3, 4, 5, -1, 43);
    }
}
