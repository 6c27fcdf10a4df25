package se.valedger.http.api.network;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.CommandSender;
import se.valedger.http.Answers;
import se.valedger.network.NetworkIds;
import se.valedger.network.RegisterCriticalCustomer;
import se.valedger.network.RegisterServiceConnection;

/** {@code POST /api/service-connections} and {@code POST /api/critical-customers}: who is connected where. */
@RestController
class ConnectionController {

    private final CommandSender commands;

    ConnectionController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/service-connections")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> connection(@RequestBody RegisterServiceConnection request) {
        long position = commands.send(request, NetworkIds.connection(String.valueOf(request.connectionId())));
        return Answers.accepted(position, Map.of("id", String.valueOf(request.connectionId()), "position", position));
    }

    @PostMapping("/api/critical-customers")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> customer(@RequestBody RegisterCriticalCustomer request) {
        long position = commands.send(request, NetworkIds.customer(String.valueOf(request.customerId())));
        return Answers.accepted(position, Map.of("id", String.valueOf(request.customerId()), "position", position));
    }
}
