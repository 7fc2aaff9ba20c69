package ai.dflux.service.api;

import ai.dflux.service.tenant.MissingTenant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the exceptions a request can end in into {@code application/problem+json} answers. */
public class ProblemResponses {

    @ServerExceptionMapper
    public Response invalid(InvalidRequest e) {
        return problem(400, "Invalid request", "The request has invalid fields.", e.errors());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String message = e.getOriginalMessage().split("\n")[0];
        return problem(400, "Invalid request", "The request body could not be read.",
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper
    public Response notFound(MigrationNotFound e) {
        return problem(404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response noTenant(MissingTenant e) {
        return problem(403, "Forbidden", e.getMessage(), List.of());
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
