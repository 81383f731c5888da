package vn.antt.reporting.notification.recipient;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.antt.reporting.notification.NotificationProperties;

/**
 * The directory contacts ({@code reporting.notification.contacts}; the demo profile lists the demo users of
 * identity-service with the same addresses as their tokens' {@code email}), known before they ever sign in, so that a
 * newcomer sees the alerts of the demo plan arrive in the local mail server. Their own preferences are left as they are.
 */
@Component
class DirectoryContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryContacts.class);

    private final Recipients recipients;
    private final NotificationProperties properties;

    DirectoryContacts(Recipients recipients, NotificationProperties properties) {
        this.recipients = recipients;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Contact> contacts = properties.contacts();
        contacts.forEach(recipients::register);
        if (!contacts.isEmpty()) {
            log.info("{} directory contacts known", contacts.size());
        }
    }
}
