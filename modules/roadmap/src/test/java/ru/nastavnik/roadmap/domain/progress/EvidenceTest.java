package ru.nastavnik.roadmap.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    @Test
    void documentSummary() {
        DocumentEvidence order = new DocumentEvidence("приказ", "05", LocalDate.of(2023, 1, 20),
                "О внедрении муниципальной целевой модели наставничества", " files/2023/05.pdf ");
        assertThat(order.summary())
                .isEqualTo("Приказ № 05 от 20.01.2023 «О внедрении муниципальной целевой модели наставничества»");
        assertThat(order.fileRef()).isEqualTo("files/2023/05.pdf");
        assertThat(new DocumentEvidence("справка", "1", LocalDate.of(2023, 4, 28), "Итоги", " ").fileRef()).isNull();
    }

    @Test
    void documentRequiresKindNumberDateAndTitle() {
        assertThatThrownBy(() -> new DocumentEvidence(" ", "1", LocalDate.of(2023, 1, 1), "t", null))
                .hasMessage("Не указан вид документа");
        assertThatThrownBy(() -> new DocumentEvidence("приказ", null, LocalDate.of(2023, 1, 1), "t", null))
                .hasMessage("Не указан номер документа");
        assertThatThrownBy(() -> new DocumentEvidence("приказ", "1", null, "t", null))
                .hasMessage("Не указана дата документа");
        assertThatThrownBy(() -> new DocumentEvidence("приказ", "1", LocalDate.of(2023, 1, 1), "", null))
                .hasMessage("Не указано название документа");
    }

    @Test
    void linkSummary() {
        LinkEvidence link = new LinkEvidence("https://uo-dagogni.ru/nastavnichestvo", "Раздел «Целевая модель наставничества»");
        assertThat(link.summary())
                .isEqualTo("«Раздел «Целевая модель наставничества»» — https://uo-dagogni.ru/nastavnichestvo");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"uo-dagogni.ru/news", "ftp://uo.ru/file", "javascript:alert(1)", "https://", "http://a b"})
    void linkMustBeAFullHttpAddress(String url) {
        assertThatThrownBy(() -> new LinkEvidence(url, "Новость"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ссылка «" + url + "»");
    }

    @Test
    void eventSummaryAndRequiredFields() {
        EventEvidence event = new EventEvidence("pairing.pairs-fixed", "42", "Закреплено 12 наставнических пар",
                Instant.parse("2023-03-01T09:00:00Z"));
        assertThat(event.summary()).isEqualTo("Закреплено 12 наставнических пар (событие pairing.pairs-fixed)");
        assertThatThrownBy(() -> new EventEvidence("pairing.pairs-fixed", " ", "d", Instant.EPOCH))
                .hasMessage("Не указан идентификатор события");
        assertThatThrownBy(() -> new EventEvidence("pairing.pairs-fixed", "1", "d", null))
                .hasMessage("Не указано время события");
    }

    @Test
    void statusTitles() {
        assertThat(OccurrenceStatus.DONE.title()).isEqualTo("Выполнено");
        assertThat(OccurrenceStatus.CANCELLED.isFinal()).isTrue();
        assertThat(OccurrenceStatus.IN_PROGRESS.isOpen()).isTrue();
    }
}
