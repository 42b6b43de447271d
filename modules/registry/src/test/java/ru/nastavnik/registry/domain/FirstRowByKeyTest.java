package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link FirstRowByKey} answers exactly as the {@code HashMap<String, Integer>} it replaced. */
class FirstRowByKeyTest {

    @Test
    void answersAsAHashMapOnRandomKeysWithRepeatsAndGrowth() {
        Random random = new Random(9);
        for (int round = 0; round < 20; round++) {
            FirstRowByKey table = new FirstRowByKey();
            Map<String, Integer> map = new HashMap<>();
            int keys = 1 + random.nextInt(round < 10 ? 100 : 50_000);
            for (int row = 2; row < 2 + keys * 2; row++) {
                String key = "org-1|к" + random.nextInt(keys) + "|имя||2012-05-12";
                Integer expected = map.putIfAbsent(key, row);
                assertThat(table.putIfAbsent(key, row)).as(key).isEqualTo(expected == null ? 0 : expected);
            }
            assertThat(table.size()).isEqualTo(map.size());
        }
    }

    @Test
    void keysWithTheSameHashAreStillTold() {
        // "Aa" and "BB" have the same String hash code, so do all their concatenations.
        FirstRowByKey table = new FirstRowByKey();
        String[] colliding = {"AaAaAa", "AaAaBB", "AaBBAa", "AaBBBB", "BBAaAa", "BBAaBB", "BBBBAa", "BBBBBB"};
        for (int i = 0; i < colliding.length; i++) {
            assertThat(table.putIfAbsent(colliding[i], i + 2)).isZero();
        }
        for (int i = 0; i < colliding.length; i++) {
            assertThat(table.putIfAbsent(colliding[i], 100)).isEqualTo(i + 2);
        }
    }

    @Test
    void rowNumbersStartAtOne() {
        assertThatThrownBy(() -> new FirstRowByKey().putIfAbsent("k", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
