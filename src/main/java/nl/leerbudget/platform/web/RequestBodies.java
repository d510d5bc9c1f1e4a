package nl.leerbudget.platform.web;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * What every request body must be before a resource reads it. A JSON body is {@code application/json} in UTF-8 (RFC
 * 8259 §8.1) and nothing else: no other charset, no {@code application/merge-patch+json} or other {@code +json} type,
 * whose meaning the API does not implement (415). A text body (CSV, a scheme definition) carries no character that
 * {@link Characters} refuses; the texts in a JSON body are checked by {@link RequestFields}, after the resource has
 * decided whether the caller may act on it at all, so that a refused caller learns nothing about the body's fields.
 */
@ControllerAdvice
class RequestBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == JsonNode.class || targetType == String.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        MediaType type = input.getHeaders().getContentType();
        if (targetType == JsonNode.class && type != null && !isPlainJson(type)) {
            throw ApiProblem.unsupportedMediaType("Send the body as application/json in UTF-8, not as " + type + ".");
        }
        return input;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text && StringHttpMessageConverter.class.isAssignableFrom(converterType)) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String problem = Characters.problem(lines[i]);
                if (problem != null) {
                    throw ApiProblem.invalid(
                            List.of(new FieldViolation("lines[" + (i + 1) + "]", "character", problem)));
                }
            }
        }
        return body;
    }

    private static boolean isPlainJson(MediaType type) {
        Charset charset;
        try {
            charset = type.getCharset();
        } catch (IllegalArgumentException unknown) {
            return false;
        }
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                && (charset == null || charset.equals(StandardCharsets.UTF_8));
    }
}
