package vn.antt.reporting.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every refused request into RFC 9457 problem details that name the field at fault, so that a
 * clerk's form can show the error next to the right input.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        return ResponseEntity.status(e.status()).body(e.toProblemDetail());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.getName(), "has the wrong type"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** Constraints on parameters (headers, path and query values): named as the client sends them. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // A @Valid body: name the fields inside it, e.g. figures[0].amount.
                body.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
                body.getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
            } else {
                String name = clientName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldError(name, error.getDefaultMessage())));
            }
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A file above the multipart limit: refused before the service reads it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "file: the upload is larger than the limit of " + e.getMaxUploadSize() + " bytes");
        problem.setType(URI.create(ProblemException.TYPE_BASE + "upload-too-large"));
        problem.setTitle("Tệp tải lên quá lớn");
        problem.setProperty("rule", "upload-too-large");
        problem.setProperty("errors", List.of(new FieldError("file", "is larger than the upload limit")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** A multipart body that cannot be read (no boundary, a file name with a NUL…), or multipart where it has no place. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleUnreadableMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError("file",
                "is not a readable multipart upload: " + (e.getMostSpecificCause().getMessage() == null ? "malformed"
                        : e.getMostSpecificCause().getMessage())))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.getRequestPartName(), "is missing"))));
    }

    private static String clientName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return parameter.getParameterName() == null ? "parameter" : parameter.getParameterName();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "is not readable JSON";
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = jsonPath(databind);
            message = "has the wrong type or format";
        } else if (cause instanceof JacksonException jackson) {
            message = "is not valid JSON: " + jackson.getOriginalMessage();
        }
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message))));
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        // "submit.request.figures[0].amount" -> "figures[0].amount": drop the method and parameter names
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
        problem.setType(URI.create(ProblemException.TYPE_BASE + "invalid-request"));
        problem.setTitle("Dữ liệu không hợp lệ");
        problem.setProperty("rule", "invalid-request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
