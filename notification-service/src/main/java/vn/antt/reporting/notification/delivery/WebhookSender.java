package vn.antt.reporting.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.notification.webhook.Webhook;
import vn.antt.reporting.notification.webhook.WebhookSignature;
import vn.antt.reporting.notification.webhook.WebhookUrlPolicy;
import vn.antt.reporting.notification.webhook.Webhooks;

/**
 * POSTs the CloudEvent to the webhook, signed ({@link WebhookSignature}) at the time of the attempt, with the
 * delivery id for the receiver's deduplication. 2xx is delivered; 408, 429 and 5xx (and no answer) are retried;
 * any other 4xx is refused for good.
 */
@Component
class WebhookSender implements ChannelSender {

    private final Webhooks webhooks;
    private final WebhookUrlPolicy policy;
    private final Clock clock;
    private final RestClient http;

    WebhookSender(Webhooks webhooks, WebhookUrlPolicy policy, Clock clock) {
        this.webhooks = webhooks;
        this.policy = policy;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) {
        Webhook webhook = webhooks.find(delivery.recipient());
        if (webhook == null) {
            throw new PermanentDeliveryException("webhook " + delivery.recipient() + " was removed");
        }
        URI url;
        try {
            url = policy.check(webhook.url());
        } catch (RuntimeException refused) {
            throw new PermanentDeliveryException(refused.getMessage());
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        http.post().uri(url)
                .contentType(MediaType.parseMediaType(EventEnvelope.CONTENT_TYPE))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), clock.instant(), body))
                .header(WebhookSignature.DELIVERY_HEADER, delivery.id())
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 408 || status == 429 || status >= 500) {
                        throw new IllegalStateException("webhook answered " + status);
                    }
                    throw new PermanentDeliveryException("webhook refused the call with " + status);
                })
                .toBodilessEntity();
    }
}
