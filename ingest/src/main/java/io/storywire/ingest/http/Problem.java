package io.storywire.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywire.core.http.ProblemJson;
import java.util.List;

/**
 * An RFC 9457 problem+json body. {@code reason} and {@code field} say what is wrong; {@code errors} lists every
 * rejected item of a batch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason, String field,
                      List<Error> errors) {

    public static final String MEDIA_TYPE = ProblemJson.MEDIA_TYPE;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String reason, String field, String detail) {
    }

    public static Problem of(int status, String title, String reason, String field, String detail,
                             List<Error> errors) {
        return new Problem("urn:storywire:problem:" + reason, title, status, detail, reason, field, errors);
    }
}
