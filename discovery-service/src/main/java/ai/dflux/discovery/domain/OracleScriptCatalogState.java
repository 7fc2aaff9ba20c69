package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.SynonymInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects an Oracle script has created so far, keyed by {@code SCHEMA.NAME} so that CREATE OR REPLACE replaces,
 * DROP removes, and ALTER and COMMENT find what they change. Also the session state SQL*Plus keeps: the current schema
 * and the DEFINE variables.
 */
final class OracleScriptCatalogState {

    final Map<String, OracleScriptTable> tables = new LinkedHashMap<>();
    final Map<String, ViewInfo> views = new LinkedHashMap<>();
    final Map<String, SequenceInfo> sequences = new LinkedHashMap<>();
    final Map<String, RoutineInfo> routines = new LinkedHashMap<>();
    final Map<String, TriggerInfo> triggers = new LinkedHashMap<>();
    final Map<String, TypeInfo> types = new LinkedHashMap<>();
    final Map<String, SynonymInfo> synonyms = new LinkedHashMap<>();
    final Map<String, String> defines = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    final Set<String> schemas = new LinkedHashSet<>();
    String currentSchema;
    String scriptName;

    OracleScriptCatalogState(String defaultSchema) {
        this.currentSchema = defaultSchema;
    }

    /** The owner written before a name, or the current schema. */
    String schemaOf(String[] qualifiedName) {
        return qualifiedName[0] != null ? qualifiedName[0] : currentSchema;
    }

    static String key(String schema, String name) {
        return schema + "." + name;
    }

    OracleScriptTable table(String[] qualifiedName) {
        return tables.get(key(schemaOf(qualifiedName), qualifiedName[1]));
    }

    void problem(int line, String head, String message) {
        problems.add(scriptName + " line " + line + ": " + message + " [" + head + "]");
    }

    Catalog toCatalog(String database) {
        List<TableInfo> tableInfos = new ArrayList<>();
        for (OracleScriptTable table : tables.values()) {
            tableInfos.add(table.toInfo(referenced -> {
                OracleScriptTable target = tables.get(referenced);
                return target == null ? List.of() : target.primaryKey;
            }));
        }
        Set<String> allSchemas = new LinkedHashSet<>(schemas);
        tableInfos.forEach(t -> allSchemas.add(t.schema()));
        views.values().forEach(v -> allSchemas.add(v.schema()));
        sequences.values().forEach(s -> allSchemas.add(s.schema()));
        routines.values().forEach(r -> allSchemas.add(r.schema()));
        triggers.values().forEach(t -> allSchemas.add(t.schema()));
        types.values().forEach(t -> allSchemas.add(t.schema()));
        synonyms.values().stream().filter(s -> !s.publicSynonym()).forEach(s -> allSchemas.add(s.schema()));
        return new Catalog("oracle", database, null, Instant.now(), List.copyOf(allSchemas), tableInfos,
                List.copyOf(views.values()), List.copyOf(sequences.values()), List.copyOf(routines.values()),
                List.copyOf(triggers.values()), List.copyOf(types.values()), List.copyOf(synonyms.values()),
                List.of(), !problems.isEmpty(), problems);
    }
}
