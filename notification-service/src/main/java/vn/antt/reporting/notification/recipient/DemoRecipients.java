package vn.antt.reporting.notification.recipient;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.antt.reporting.notification.NotificationProperties;

/**
 * Demo profile: the contacts of the demo users of identity-service, so that a newcomer sees the alerts of the
 * demo plan arrive in the local mail server. A user's own settings, once saved, are left as they are.
 */
@Component
@Profile("demo")
class DemoRecipients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRecipients.class);

    private final Recipients recipients;
    private final NotificationProperties properties;

    DemoRecipients(Recipients recipients, NotificationProperties properties) {
        this.recipients = recipients;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<RecipientSettings> demo = properties.demoRecipients();
        demo.stream().filter(r -> recipients.find(r.userId()).isEmpty()).forEach(recipients::save);
        log.info("{} demo recipients known", demo.size());
    }
}
