package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTableTest {
    private static final UnitTable UNITS = UnitTable.from(QuantityRules.rules());

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "元,同比     | 元       | CNY    | 1",
            "美元        | 美元     | USD    | 1",
            "个百分点    | 个百分点 | pp     | 1",
            "个工作日    | 个工作日 | workday| 1",
            "个月        | 个月     | month  | 1",
            "个项目      | 个       | 个     | 1",
            "亩的土地    | 亩       | m2     | 666.667",
            "平方公里    | 平方公里 | m2     | 1000000",
            "t/d的产能   | t/d      | t/d    | 1",
            "吨/日       | 吨/日    | t/d    | 1",
            "公斤        | 公斤     | t      | 0.001",
            "MW          | MW       | kW     | 1000",
            "GWh的产能   | GWh      | kWh    | 1000000",
            "场次招聘会  | 场次     | 场次   | 1",
            "家企业      | 家       | 家     | 1",
    })
    void findsTheLongestUnit(String text, String surface, String unit, double factor) {
        UnitDef u = UNITS.at(text, 0).orElseThrow();
        assertEquals(surface, u.surface());
        assertEquals(unit, u.unit());
        assertEquals(factor, u.factor(), 1e-9);
    }

    @ParameterizedTest(name = "no unit at {0}")
    @ValueSource(strings = {"方案", "位于", "家庭", "条件", "部署", "大", "", "年度报告"})
    void refusesWordsThatStartLikeAUnit(String text) {
        if (text.equals("年度报告")) {
            assertEquals("年", UNITS.at(text, 0).orElseThrow().surface()); // 年 itself has no exception
            return;
        }
        assertTrue(UNITS.at(text, 0).isEmpty());
    }

    @Test
    void aTunerAddsAUnitWithOneLine() {
        UnitTable table = new UnitTable(List.of(new UnitDef("标箱", "TEU", 1, "count")));
        assertEquals("TEU", table.at("万标箱", 1).orElseThrow().unit());
    }
}
