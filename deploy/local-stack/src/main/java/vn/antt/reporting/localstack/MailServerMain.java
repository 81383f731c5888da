package vn.antt.reporting.localstack;

import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local mail server (GreenMail): notification-service delivers to its SMTP port; any mail client reads a
 * user's mailbox over IMAP with the address as login and any password, e.g.
 *
 * <pre>curl -s "imap://127.0.0.1:3143/INBOX;UID=1" --user "canbo.sontinh@demo.baocao.antt.local:demo"</pre>
 *
 * Mail is kept in memory: a restart empties the mailboxes.
 */
public final class MailServerMain {

    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_IMAP_PORT = 3143;

    private MailServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int smtp = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SMTP_PORT;
        int imap = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_IMAP_PORT;
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        // Any login opens the mailbox of that address: a local demo, not a mail service.
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            stopped.countDown();
        }, "mail-server-shutdown"));
        mail.start();
        System.out.println("Mail server: SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap);
        ParentWatch.exitWhenParentExits();
        stopped.await();
    }
}
