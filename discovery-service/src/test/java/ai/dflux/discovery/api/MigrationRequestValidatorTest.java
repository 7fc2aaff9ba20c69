package ai.dflux.discovery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.dflux.contracts.Dialect;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.Problem.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationRequestValidatorTest {

    private static final ConnectionRequest SOURCE = new ConnectionRequest("mariadb", "db.internal", 3306, "shop",
            "reader", "pw");
    private static final ConnectionRequest TARGET = new ConnectionRequest("postgresql", "10.0.0.5", 5432, "shop",
            "writer", "");

    @Test
    void acceptsAValidRequest() {
        var draft = MigrationRequestValidator.validate(new CreateMigrationRequest(" shop ", SOURCE, TARGET,
                Map.of("manualStart", "true")));

        assertThat(draft.name()).isEqualTo("shop");
        assertThat(draft.source().dialect()).isEqualTo(Dialect.MARIADB);
        assertThat(draft.target().password()).isEmpty();
        assertThat(draft.options()).containsEntry("manualStart", "true");
    }

    @Test
    void namesEveryWrongField() {
        var request = new CreateMigrationRequest("", new ConnectionRequest("sybase", "bad host!", 0, " ", null, null),
                new ConnectionRequest("mariadb", "h", 70000, "d", "u", "p"), Map.of("turbo", "yes"));

        var errors = catchThrowableOfType(InvalidRequest.class, () -> MigrationRequestValidator.validate(request))
                .errors();

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("name", "source.dialect",
                "source.host", "source.port", "source.database", "source.username", "source.password",
                "target.dialect", "target.port", "options.turbo");
    }

    @Test
    void wantsTheScriptOfAnOracleSource() {
        var request = new CreateMigrationRequest("x", new ConnectionRequest("oracle", "h", 1521, "d", "u", "p"),
                TARGET, null);

        var errors = catchThrowableOfType(InvalidRequest.class, () -> MigrationRequestValidator.validate(request))
                .errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("source.script");
            assertThat(e.message()).contains("schema script");
        });
    }

    @Test
    void acceptsAnOracleSchemaScriptWithoutAConnection() {
        var source = new ConnectionRequest("oracle", null, null, null, null, null, "CREATE TABLE t (id NUMBER);",
                "hr.sql");

        var draft = MigrationRequestValidator.validate(new CreateMigrationRequest("hr", source, TARGET, null));

        assertThat(draft.sourceScript().name()).isEqualTo("hr.sql");
        assertThat(draft.source().dialect()).isEqualTo(Dialect.ORACLE);
        assertThat(draft.source().database()).isEqualTo("hr.sql");
    }

    @Test
    void requiresSourceAndTarget() {
        var errors = catchThrowableOfType(InvalidRequest.class,
                () -> MigrationRequestValidator.validate(new CreateMigrationRequest("x", null, null, null))).errors();

        assertThat(errors).extracting(FieldError::field).containsExactly("source", "target");
    }
}
