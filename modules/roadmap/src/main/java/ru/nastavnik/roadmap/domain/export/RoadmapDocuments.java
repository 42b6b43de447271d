package ru.nastavnik.roadmap.domain.export;

/** Port: the roadmap as office documents. */
public interface RoadmapDocuments {

    /** A Word document in the official table layout. */
    byte[] docx(RoadmapReport report);

    /** An Excel workbook with the same table. */
    byte[] xlsx(RoadmapReport report);
}
