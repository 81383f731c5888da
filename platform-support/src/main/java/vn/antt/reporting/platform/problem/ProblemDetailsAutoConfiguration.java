package vn.antt.reporting.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers {@link ProblemDetailsAdvice} before Boot's own problem-details handler, which it replaces. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsAutoConfiguration {
}
