package vn.antt.reporting.web;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The web application of clerks and reviewers, served by the gateway at {@code /}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }

    /** Every "time left" and "late" is computed from this clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
