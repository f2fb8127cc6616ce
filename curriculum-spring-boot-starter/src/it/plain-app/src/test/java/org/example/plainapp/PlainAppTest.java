package org.example.plainapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.IssueCode;
import org.junit.jupiter.api.Test;

class PlainAppTest {
    @Test
    void builtInProgram_writtenAndReadBack_hasNoErrors() {
        String written = CurriculumJson.create().writeString(PlainApp.builtIn());

        assertFalse(PlainApp.check(written).hasErrors());
        assertEquals(5, PlainApp.builtIn().getSchedule().getWeeks().size());
    }

    @Test
    void unknownProperty_isReportedWithItsCode() {
        String written = CurriculumJson.create().writeString(PlainApp.builtIn()).replaceFirst("\\{", "{\"colour\": 1, ");

        assertTrue(PlainApp.check(written).first(IssueCode.JSON_UNKNOWN_PROPERTY).isPresent());
    }
}
