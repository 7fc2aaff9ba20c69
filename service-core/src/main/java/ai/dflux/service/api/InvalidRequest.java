package ai.dflux.service.api;

import java.util.List;
import java.util.stream.Collectors;

/** A request that names one or more wrong fields; answered with 400 and nothing is stored. */
public class InvalidRequest extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequest(List<Problem.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest field(String field, String message) {
        return new InvalidRequest(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
