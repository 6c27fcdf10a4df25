package se.valedger.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLifeTest {

    @Test
    void everyMaterialHasAPriorWithinItsRange() {
        for (Material material : Material.values()) {
            ServiceLife.Prior prior = ServiceLife.PRIORS.get(material);
            assertThat(prior).as(material.name()).isNotNull();
            assertThat(prior.expectedYears()).isBetween(prior.lowYears(), prior.highYears());
        }
    }

    @Test
    void aPipeIsBeyondItsLifeOnlyWhenOlderThanIt() {
        ServiceLife life = ServiceLife.defaults();
        assertThat(life.of(Material.ASBESTOS_CEMENT)).isEqualTo(50);
        assertThat(life.beyond(Material.ASBESTOS_CEMENT, 1976, 2026)).isFalse();
        assertThat(life.beyond(Material.ASBESTOS_CEMENT, 1975, 2026)).isTrue();
    }

    @Test
    void overridesReplaceOnlyTheirMaterialAndMustBePlausible() {
        ServiceLife life = ServiceLife.defaults().with(Map.of(Material.PVC, 70));
        assertThat(life.of(Material.PVC)).isEqualTo(70);
        assertThat(life.of(Material.PE)).isEqualTo(ServiceLife.defaults().of(Material.PE));
        assertThatThrownBy(() -> ServiceLife.defaults().with(Map.of(Material.PVC, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
