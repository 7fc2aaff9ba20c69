package ai.dflux.service.api;

import ai.dflux.service.tenant.MissingTenant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
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
    public Response unreadable(MismatchedInputException e) {
        return unreadable((JsonProcessingException) e);
    }

    /** A body the JSON reader refused before any resource ran: answered as a problem naming what was wrong. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity() || status < 400) {
            return e.getResponse();
        }
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
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
    public Response conflict(InvalidState e) {
        return problem(409, "Conflict", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response noTenant(MissingTenant e) {
        return problem(403, "Forbidden", e.getMessage(), List.of());
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
