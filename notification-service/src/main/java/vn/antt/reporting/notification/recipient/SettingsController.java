package vn.antt.reporting.notification.recipient;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.platform.text.Nfc;

@RestController
@RequestMapping("/api/notification-settings")
@Tag(name = "Cài đặt thông báo", description = "A user's preferences: name, another address, e-mail on or off, language, digests")
class SettingsController {

    private final Recipients recipients;

    SettingsController(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * The user's preferences; every field may be left out (its default).
     *
     * @param email        another address than the identity provider's; null: the identity provider's
     * @param emailEnabled false: the inbox only (default true)
     * @param reviewDigest for reports arriving for the user's review: IMMEDIATE (one e-mail each, default) or DAILY
     */
    record SettingsRequest(@Size(max = 120) String displayName, @Email @Size(max = 254) String email, Boolean emailEnabled,
                           @Pattern(regexp = "vi|en", message = "must be vi or en") String language, Digest digest,
                           Digest reviewDigest) {
    }

    /**
     * What the user sees: who they are (from the identity provider) and their preferences.
     *
     * @param name          how messages address the user
     * @param identityEmail the identity provider's address
     * @param address       where e-mails go now (null: the inbox only)
     */
    record SettingsView(String userId, String unitCode, Set<Role> roles, String name, String identityEmail, String displayName,
                        String email, boolean emailEnabled, String address, String language, Digest digest, Digest reviewDigest) {

        static SettingsView of(RecipientSettings s) {
            return new SettingsView(s.userId(), s.unitCode(), s.roles(), s.name(), s.identityEmail(), s.displayName(), s.email(),
                    s.emailEnabled(), s.address(), s.language(), s.digest(), s.reviewDigest());
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's settings (never saved: inbox and e-mail at the identity provider's address, Vietnamese, one by one)")
    SettingsView mine(Caller caller) {
        Contact contact = RecipientRegistration.ofCaller().orElseGet(() -> new Contact(caller.userId(), null, caller.unitCode(), caller.roles(), null, null, caller.unitVersion()));
        return SettingsView.of(recipients.find(caller.userId()).orElseGet(() -> RecipientSettings.of(contact)));
    }

    @PutMapping("/me")
    @Operation(summary = "Set the caller's preferences: name, another e-mail address, e-mail on or off, language (vi, en), "
            + "digest and reviewDigest (IMMEDIATE, DAILY); unit, roles, name and address from the identity provider come from the token")
    SettingsView update(Caller caller, @Valid @RequestBody SettingsRequest request) {
        Contact contact = RecipientRegistration.ofCaller().orElseGet(() -> new Contact(caller.userId(), null, caller.unitCode(), caller.roles(), null, null, caller.unitVersion()));
        return SettingsView.of(recipients.savePreferences(contact, Nfc.of(request.displayName()), request.email(), request.emailEnabled(),
                request.language(), request.digest(), request.reviewDigest()));
    }
}
