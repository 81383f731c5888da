package vn.antt.reporting.notification.recipient;

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
import vn.antt.reporting.platform.text.Nfc;

@RestController
@RequestMapping("/api/notification-settings")
@Tag(name = "Cài đặt thông báo", description = "A user's e-mail, language and digest preference")
class SettingsController {

    private final Recipients recipients;

    SettingsController(Recipients recipients) {
        this.recipients = recipients;
    }

    record SettingsRequest(@Size(max = 120) String displayName, @Email @Size(max = 254) String email,
                           @Pattern(regexp = "vi|en", message = "must be vi or en") String language, Digest digest) {
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's settings (defaults when never set: inbox only, Vietnamese, immediate)")
    RecipientSettings mine(Caller caller) {
        return recipients.find(caller.userId())
                .orElseGet(() -> new RecipientSettings(caller.userId(), null, caller.unitCode(), caller.roles(), null, "vi", Digest.IMMEDIATE));
    }

    @PutMapping("/me")
    @Operation(summary = "Set the caller's e-mail, language (vi, en) and digest (IMMEDIATE, DAILY); unit and roles come from the token")
    RecipientSettings update(Caller caller, @Valid @RequestBody SettingsRequest request) {
        RecipientSettings settings = new RecipientSettings(caller.userId(), Nfc.of(request.displayName()), caller.unitCode(),
                caller.roles(), request.email(), request.language(), request.digest());
        recipients.save(settings);
        return settings;
    }
}
