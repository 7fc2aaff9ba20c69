package ai.dflux.compatibility.domain.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routines and triggers are in the report, with their source, left to a person and absent from the scripts. */
class StoredCodeTest {

    @Test
    void routinesAndTriggersAreListedForAPersonAndNotInTheDdl() {
        Catalog shop = Catalogs.mysqlShop();
        Catalog withCode = new Catalog(shop.dialect(), shop.database(), shop.serverVersion(), shop.readAt(),
                shop.schemas(), shop.tables(), shop.views(), shop.sequences(),
                List.of(new RoutineInfo("shop", "order_total", RoutineInfo.Kind.FUNCTION, "(id int)", "decimal",
                        "SQL", "RETURN (SELECT 1)")),
                List.of(new TriggerInfo("shop", "orders", "Orders_Audit", "AFTER", List.of("INSERT"), "ROW",
                        "INSERT INTO audit VALUES (NEW.id)", true)),
                shop.types(), shop.synonyms(), shop.extensions(), false, List.of());

        SchemaConversion conversion = new SchemaConverter(new FakeTypeMapping(Dialect.MARIADB),
                new EchoTranslator(Dialect.MARIADB)).convert(withCode);

        ConvertedObject routine = MySqlConversionTest.object(conversion, ObjectKind.ROUTINE, "shop.order_total");
        ConvertedObject trigger = MySqlConversionTest.object(conversion, ObjectKind.TRIGGER,
                "shop.orders.orders_audit");
        assertThat(List.of(routine, trigger)).allSatisfy(code -> {
            assertThat(code.status()).isEqualTo(ObjectStatus.MANUAL);
            assertThat(code.statements()).isEmpty();
            assertThat(code.part()).isEqualTo(DdlPart.CODE);
            assertThat(code.messages()).anySatisfy(m -> assertThat(m).contains("not converted by this version"));
        });
        assertThat(routine.sourceDefinition()).isEqualTo("RETURN (SELECT 1)");
        assertThat(conversion.script(DdlPart.CODE)).doesNotContain("order_total").doesNotContain("orders_audit");
    }
}
