package ai.dflux.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The body of an event. Each payload record names its stable type and the schema version it writes. */
public interface Payload {

    @JsonIgnore
    String type();

    @JsonIgnore
    int version();
}
