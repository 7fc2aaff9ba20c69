package ai.dflux.discovery.api;

import ai.dflux.contracts.Dialect;
import ai.dflux.discovery.domain.DatabaseConnection;
import ai.dflux.discovery.domain.MigrationDraft;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.Problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a create request field by field and names every wrong field at once. */
final class MigrationRequestValidator {

    /** Options a migration accepts today, with what each means. */
    static final Map<String, String> KNOWN_OPTIONS = Map.of(
            "manualStart", "true to wait for an explicit start before copying data (default false)");

    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
                    + "|^\\[?[0-9A-Fa-f:.]+]?$");
    private static final Set<String> BOOLEANS = Set.of("true", "false");
    /** The largest schema script accepted inline (50 million characters). */
    static final int MAX_SCRIPT_CHARS = 50_000_000;

    private final List<FieldError> errors = new ArrayList<>();

    private MigrationRequestValidator() {
    }

    static MigrationDraft validate(CreateMigrationRequest request) {
        MigrationRequestValidator validator = new MigrationRequestValidator();
        if (request == null) {
            throw InvalidRequest.field("body", "a JSON object with name, source and target is required");
        }
        String name = validator.text("name", request.name(), 100);
        boolean scripted = request.source() != null
                && Dialect.parse(request.source().dialect()).orElse(null) == Dialect.ORACLE;
        MigrationDraft.SourceScript script = scripted ? validator.script(request.source()) : null;
        DatabaseConnection source = scripted ? (script == null ? null : scriptSource(script))
                : validator.connection("source", request.source(), false);
        DatabaseConnection target = validator.connection("target", request.target(), true);
        Map<String, String> options = validator.options(request.options());
        if (!validator.errors.isEmpty()) {
            throw new InvalidRequest(validator.errors);
        }
        return new MigrationDraft(name.trim(), source, target, options, script);
    }

    /** The script of an Oracle source, or null when the request is wrong. */
    private MigrationDraft.SourceScript script(ConnectionRequest source) {
        if (source.script() == null || source.script().isBlank()) {
            errors.add(new FieldError("source.script", "an Oracle source is a schema script: put its text here"));
            return null;
        }
        if (source.script().length() > MAX_SCRIPT_CHARS) {
            errors.add(new FieldError("source.script", "is longer than " + MAX_SCRIPT_CHARS + " characters"));
            return null;
        }
        String scriptName = source.scriptName() == null || source.scriptName().isBlank() ? "oracle-script"
                : text("source.scriptName", source.scriptName(), 100);
        return scriptName == null ? null : new MigrationDraft.SourceScript(scriptName.trim(), source.script());
    }

    private static DatabaseConnection scriptSource(MigrationDraft.SourceScript script) {
        return new DatabaseConnection(Dialect.ORACLE, null, 0, script.name(), null, null);
    }

    private DatabaseConnection connection(String field, ConnectionRequest request, boolean target) {
        if (request == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        Dialect dialect = dialect(field + ".dialect", request.dialect(), target);
        String host = text(field + ".host", request.host(), 253);
        if (host != null && !HOST.matcher(host).matches()) {
            errors.add(new FieldError(field + ".host", "is not a host name or IP address: '" + host + "'"));
        }
        Integer port = request.port();
        if (port == null) {
            errors.add(new FieldError(field + ".port", "is required"));
        } else if (port < 1 || port > 65535) {
            errors.add(new FieldError(field + ".port", "must be between 1 and 65535, got " + port));
        }
        String database = text(field + ".database", request.database(), 64);
        String username = text(field + ".username", request.username(), 128);
        if (request.password() == null) {
            errors.add(new FieldError(field + ".password", "is required (use \"\" for none)"));
        } else if (request.password().length() > 1024) {
            errors.add(new FieldError(field + ".password", "is longer than 1024 characters"));
        }
        if (dialect == null || host == null || port == null || database == null || username == null
                || request.password() == null) {
            return null;
        }
        return new DatabaseConnection(dialect, host, port, database, username, request.password());
    }

    private Dialect dialect(String field, String value, boolean target) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        Dialect dialect = Dialect.parse(value).orElse(null);
        if (dialect == null) {
            errors.add(new FieldError(field, "unknown dialect '" + value + "'; expected postgresql, mariadb, mysql or"
                    + " oracle (a schema script)"));
        } else if (target && dialect != Dialect.POSTGRESQL) {
            errors.add(new FieldError(field, "the target must be postgresql"));
            return null;
        } else if (!dialect.live()) {
            errors.add(new FieldError(field, "an oracle source enters as a schema script (source.script)"));
            return null;
        }
        return dialect;
    }

    private String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "is longer than " + maxLength + " characters"));
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "contains control characters"));
            return null;
        }
        return value;
    }

    private Map<String, String> options(Map<String, String> options) {
        Map<String, String> checked = new LinkedHashMap<>();
        if (options == null) {
            return checked;
        }
        options.forEach((key, value) -> {
            if (!KNOWN_OPTIONS.containsKey(key)) {
                errors.add(new FieldError("options." + key, "unknown option; known: " + KNOWN_OPTIONS.keySet()));
            } else if (value == null || !BOOLEANS.contains(value)) {
                errors.add(new FieldError("options." + key, "must be \"true\" or \"false\""));
            } else {
                checked.put(key, value);
            }
        });
        return checked;
    }
}
