package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet opens as text, whichever separator its locale uses. */
class CsvTests {

    @Test
    void aCellThatWouldStartAFormulaIsPrefixed() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.cell("plain text")).isEqualTo("plain text");
    }

    @Test
    void aSemicolonKeepsTheCellWholeWhereSpreadsheetsSeparateBySemicolons() {
        assertThat(Csv.cell(";=cmd|' /C calc'!A0")).isEqualTo("\";=cmd|' /C calc'!A0\"");
        assertThat(Csv.cell("a;=cmd")).isEqualTo("\"a;=cmd\"");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
