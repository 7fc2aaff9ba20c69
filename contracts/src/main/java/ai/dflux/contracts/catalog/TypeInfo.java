package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * A user-defined type.
 *
 * @param kind {@code ENUM}, {@code DOMAIN}, {@code COMPOSITE}, {@code OBJECT} or {@code COLLECTION}
 * @param values the labels of an enum, in order
 * @param baseType the underlying type of a domain or the element type of a collection, or null
 * @param definition the source's definition text where it has one, or null
 */
public record TypeInfo(String schema, String name, String kind, List<String> values, String baseType,
        String definition) {

    public TypeInfo {
        values = Lists.of(values);
    }
}
